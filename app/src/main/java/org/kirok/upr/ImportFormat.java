package org.kirok.upr;

import java.util.Locale;
import org.kirok.store.InvalidInputException;

/** The files {@code kirok import upr} reads: UPR Info's export, UHRI's export, and published reference figures. */
public enum ImportFormat {
    UPR_INFO, UHRI, PUBLISHED;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ImportFormat parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ImportFormat format : values()) {
            if (format.code().equals(wanted)) {
                return format;
            }
        }
        throw new InvalidInputException("format", "format must be upr-info, uhri or published (got '" + text + "')");
    }
}
