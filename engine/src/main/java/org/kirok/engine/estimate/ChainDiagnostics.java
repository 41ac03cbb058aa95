package org.kirok.engine.estimate;

/**
 * Convergence diagnostics of one Markov chain: the effective sample size by Geyer's initial
 * monotone sequence estimator (Geyer, "Practical Markov chain Monte Carlo", Statistical Science
 * 7(4), 1992) and the split-chain potential scale reduction R̂ (Gelman et al., <i>Bayesian Data
 * Analysis</i>, 3rd ed., 2013, §11.4).
 */
final class ChainDiagnostics {

    private ChainDiagnostics() {
    }

    static double effectiveSampleSize(double[] draws) {
        int n = draws.length;
        double mean = mean(draws, 0, n);
        double variance = autocovariance(draws, mean, 0);
        if (variance == 0) {
            return n;
        }
        // asymptotic variance = −γ₀ + 2 Σ Γ_m with Γ_m = γ_{2m} + γ_{2m+1}, summed while positive and kept non-increasing
        double sum = -variance;
        double previousPair = Double.POSITIVE_INFINITY;
        for (int lag = 0; lag + 1 < n; lag += 2) {
            double pair = autocovariance(draws, mean, lag) + autocovariance(draws, mean, lag + 1);
            if (pair <= 0) {
                break;
            }
            pair = Math.min(pair, previousPair);
            sum += 2 * pair;
            previousPair = pair;
        }
        return sum <= 0 ? n : Math.min(n, n * variance / sum);
    }

    /** R̂ from the two halves of the chain; 1 when both halves are constant and equal. */
    static double splitRhat(double[] draws) {
        int half = draws.length / 2;
        if (half < 2) {
            throw new IllegalArgumentException("split R-hat needs at least 4 draws, got " + draws.length);
        }
        int offset = draws.length - 2 * half;
        double firstMean = mean(draws, offset, half);
        double secondMean = mean(draws, offset + half, half);
        double within = (sampleVariance(draws, offset, half, firstMean) + sampleVariance(draws, offset + half, half, secondMean)) / 2;
        double grand = (firstMean + secondMean) / 2;
        double between = half * (Math.pow(firstMean - grand, 2) + Math.pow(secondMean - grand, 2));
        if (within == 0) {
            return between == 0 ? 1 : Double.POSITIVE_INFINITY;
        }
        double pooled = (half - 1.0) / half * within + between / half;
        return Math.sqrt(pooled / within);
    }

    private static double autocovariance(double[] draws, double mean, int lag) {
        double sum = 0;
        for (int i = 0; i + lag < draws.length; i++) {
            sum += (draws[i] - mean) * (draws[i + lag] - mean);
        }
        return sum / draws.length;
    }

    private static double mean(double[] draws, int from, int count) {
        double sum = 0;
        for (int i = from; i < from + count; i++) {
            sum += draws[i];
        }
        return sum / count;
    }

    private static double sampleVariance(double[] draws, int from, int count, double mean) {
        double sum = 0;
        for (int i = from; i < from + count; i++) {
            sum += (draws[i] - mean) * (draws[i] - mean);
        }
        return sum / (count - 1);
    }
}
