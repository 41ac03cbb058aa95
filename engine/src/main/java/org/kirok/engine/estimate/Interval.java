package org.kirok.engine.estimate;

/**
 * An interval estimate of the population size at a {@code level} such as 0.95. The upper bound
 * may be +∞ when the data cannot bound it (a flat profile likelihood).
 */
public record Interval(Kind kind, double level, double low, double high) {

    /** How the interval was computed. */
    public enum Kind {
        /** Estimate ± z · standard error, floored at the observed count. */
        WALD,
        /** Multinomial profile likelihood (Cormack 1992; Rcapture's closedpCI). */
        PROFILE_LIKELIHOOD,
        /** Log-normal interval for the unobserved part (Chao 1987). */
        LOG_NORMAL,
        /** Bayesian equal-tailed credible interval from posterior quantiles. */
        CREDIBLE
    }

    public Interval {
        if (kind == null) {
            throw new IllegalArgumentException("an interval needs a kind");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("interval level must lie strictly between 0 and 1, got " + level);
        }
        if (!Double.isFinite(low) || Double.isNaN(high) || high < low) {
            throw new IllegalArgumentException("interval bounds must satisfy finite low <= high, got [" + low + ", " + high + "]");
        }
    }

    public boolean bounded() {
        return Double.isFinite(high);
    }

    /** The level as people write it: "95%", "99.5%". */
    public static String percent(double level) {
        double percent = Math.round(level * 10_000) / 100.0;
        return (percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent)) + "%";
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
