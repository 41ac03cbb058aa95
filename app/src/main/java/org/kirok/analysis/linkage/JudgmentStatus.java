package org.kirok.analysis.linkage;

import java.util.Locale;

/**
 * Where a judgment comes from, as in Duke's link database: a person asserted it, a linkage run inferred it, or it
 * withdraws an earlier judgment (a retraction is always a new row; nothing is ever updated or deleted).
 */
public enum JudgmentStatus {
    ASSERTED, INFERRED, RETRACTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static JudgmentStatus parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
