package org.kirok.urgent;

import java.util.Locale;
import org.kirok.store.Codes;

/** How an intervention reached its recipients. */
public enum Channel {
    EMAIL, LETTER, FAX, ONLINE_FORM, IN_PERSON, PRESS, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel parse(String code) {
        return Codes.parse(Channel.class, code, "channel");
    }
}
