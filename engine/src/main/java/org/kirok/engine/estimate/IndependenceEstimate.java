package org.kirok.engine.estimate;

/**
 * The population size under independent lists with homogeneous capture: the N solving
 * Π_j (1 − n_j / N) = 1 − n / N, with n_j the people on list j and n those on any list
 * (Darroch, "The multiple-recapture census I: estimation of a closed population", Biometrika
 * 45(3/4), 1958). A quick, model-free starting point, not a result to report.
 */
final class IndependenceEstimate {

    /** Lists that do not overlap at all give no finite root; the search stops this far above n. */
    private static final double MAX_RATIO = 1e6;
    private static final int BISECTIONS = 200;

    private IndependenceEstimate() {
    }

    static double of(CaptureTable table) {
        double n = table.observed();
        double low = n;
        double high = n * MAX_RATIO;
        if (excess(table, high) >= 0) {
            return high;
        }
        for (int step = 0; step < BISECTIONS && high - low > 1e-9 * high; step++) {
            double middle = Math.sqrt(low * high);
            if (excess(table, middle) >= 0) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /** P(missed by every list) under independence minus the share unobserved, at size N. */
    private static double excess(CaptureTable table, double size) {
        double logMissedByAll = 0;
        for (int list = 0; list < table.listCount(); list++) {
            logMissedByAll += Math.log1p(-table.overlap(1 << list) / size);
        }
        return Math.exp(logMissedByAll) - (1 - table.observed() / size);
    }
}
