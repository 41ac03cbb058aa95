package org.kirok.engine.estimate;

import java.util.Arrays;
import java.util.List;

/**
 * A posterior sample of the population size, summarized: median, mean, standard deviation, the
 * equal-tailed credible interval at {@code level} (quantiles interpolated as R's default type 7),
 * and the chains' effective sample size (summed over chains) and split R̂ (across all of them).
 */
public record PosteriorSummary(int draws, double median, double mean, double standardDeviation, double level,
                               double low, double high, double effectiveSampleSize, double splitRhat) {

    public PosteriorSummary {
        if (draws < 4) {
            throw new IllegalArgumentException("a posterior summary needs at least 4 draws, got " + draws);
        }
        if (!(low <= median && median <= high)) {
            throw new IllegalArgumentException("expected low <= median <= high, got " + low + ", " + median + ", " + high);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("credible level must lie strictly between 0 and 1, got " + level);
        }
    }

    /** Summarizes the draws of one or more chains of equal length, pooled. */
    static PosteriorSummary of(List<double[]> chains, double level) {
        double[] pooled = chains.stream().flatMapToDouble(Arrays::stream).toArray();
        double[] sorted = pooled.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(pooled).average().orElseThrow();
        double squares = Arrays.stream(pooled).map(draw -> (draw - mean) * (draw - mean)).sum();
        double tail = (1 - level) / 2;
        return new PosteriorSummary(pooled.length, quantile(sorted, 0.5), mean, Math.sqrt(squares / (pooled.length - 1)),
                level, quantile(sorted, tail), quantile(sorted, 1 - tail),
                ChainDiagnostics.effectiveSampleSize(chains), ChainDiagnostics.splitRhat(chains));
    }

    /** Hyndman &amp; Fan (1996) type 7: linear interpolation between order statistics. */
    static double quantile(double[] sorted, double probability) {
        double position = probability * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
