package org.kirok.urgent;

import java.util.Locale;
import org.kirok.store.Codes;

/**
 * How close a person is to forced repatriation. {@link #severity()} orders them for "the most urgent of the
 * group": a case is as urgent as its most endangered person; repatriated ranks highest because it calls for
 * another kind of action (the person is now in DPRK custody).
 */
public enum RiskLevel {
    SAFE(0), LOW(1), ELEVATED(2), IMMINENT(3), REPATRIATED(4);

    private final int severity;

    RiskLevel(int severity) {
        this.severity = severity;
    }

    public int severity() {
        return severity;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RiskLevel parse(String code) {
        return Codes.parse(RiskLevel.class, code, "level");
    }

    /** The more severe of the two. */
    public RiskLevel max(RiskLevel other) {
        return other.severity > severity ? other : this;
    }
}
