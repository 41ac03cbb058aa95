package org.kirok.analysis.linkage;

import java.util.Locale;
import org.kirok.store.InvalidInputException;

/** What a judgment says about a pair of person records. */
public enum Decision {
    SAME, DIFFERENT, UNSURE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Decision parse(String code) {
        if (code != null) {
            for (Decision decision : values()) {
                if (decision.code().equalsIgnoreCase(code.strip())) {
                    return decision;
                }
            }
        }
        throw new InvalidInputException("decision", "decision must be same, different or unsure (got '" + code + "')");
    }
}
