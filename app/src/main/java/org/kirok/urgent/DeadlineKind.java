package org.kirok.urgent;

import java.util.Locale;
import org.kirok.store.Codes;

/** What is due: the next check on the persons, an answer from a government or UN mandate, a follow-up. */
public enum DeadlineKind {
    CHECK_IN, RESPONSE_DUE, FOLLOW_UP;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeadlineKind parse(String code) {
        return Codes.parse(DeadlineKind.class, code, "kind");
    }
}
