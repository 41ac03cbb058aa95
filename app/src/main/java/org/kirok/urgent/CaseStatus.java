package org.kirok.urgent;

import java.util.Locale;
import org.kirok.store.Codes;

/** Whether a case is still followed: closed cases leave the boards and reminders but keep their record. */
public enum CaseStatus {
    OPEN, CLOSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CaseStatus parse(String code) {
        return Codes.parse(CaseStatus.class, code, "status");
    }
}
