package org.kirok.upr;

import java.util.Locale;
import org.kirok.store.Codes;

/** An analyst's finding on a recommendation, as in UPR Info's mid-term implementation assessments. */
public enum AssessmentStatus {
    NOT_IMPLEMENTED, PARTIALLY_IMPLEMENTED, IMPLEMENTED, NO_INFORMATION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AssessmentStatus parse(String code) {
        return Codes.parse(AssessmentStatus.class, code, "status");
    }
}
