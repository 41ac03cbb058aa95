package org.kirok.store;

import java.util.Locale;

/** How widely a record may be seen: by the public, by staff, or only by staff cleared for restricted records. */
public enum Confidentiality {
    PUBLIC, INTERNAL, RESTRICTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Confidentiality parse(String code) {
        for (Confidentiality value : values()) {
            if (value.code().equalsIgnoreCase(code.strip())) {
                return value;
            }
        }
        throw new InvalidInputException("confidentiality",
                "confidentiality must be public, internal or restricted (got '" + code + "')");
    }
}
