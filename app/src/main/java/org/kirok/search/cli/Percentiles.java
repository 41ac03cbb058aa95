package org.kirok.search.cli;

import java.util.Arrays;

/** Latency percentiles by the nearest-rank method over recorded nanoseconds, reported in milliseconds. */
final class Percentiles {
    private final long[] sorted;

    Percentiles(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no latencies to summarize");
        }
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    /** The smallest recorded value with at least {@code percent} % of the values at or below it. */
    double millis(double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    double meanMillis() {
        return Arrays.stream(sorted).average().orElse(0) / 1e6;
    }

    int count() {
        return sorted.length;
    }
}
