package org.kirok.advocacy;

import java.util.Locale;
import org.kirok.store.Codes;

/** What a calendar date is: a UPR submission deadline, a UPR or HRC session, a Special Rapporteur's report. */
public enum CalendarKind {
    UPR_DEADLINE, UPR_SESSION, HRC_SESSION, SR_REPORT, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CalendarKind parse(String code) {
        return Codes.parse(CalendarKind.class, code, "kind");
    }
}
