package org.kirok.engine.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Convergence diagnostics of Markov chains: the effective sample size of one chain by Geyer's
 * initial monotone sequence estimator (Geyer, "Practical Markov chain Monte Carlo", Statistical
 * Science 7(4), 1992), summed over chains, and the split-chain potential scale reduction R̂ over
 * the halves of every chain (Gelman et al., <i>Bayesian Data Analysis</i>, 3rd ed., 2013, §11.4),
 * which grows when chains, or the two halves of one, sit in different places.
 */
final class ChainDiagnostics {

    private ChainDiagnostics() {
    }

    static double effectiveSampleSize(List<double[]> chains) {
        return chains.stream().mapToDouble(ChainDiagnostics::effectiveSampleSize).sum();
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

    static double splitRhat(double[] draws) {
        return splitRhat(List.of(draws));
    }

    /** R̂ from the halves of all chains (of equal length); 1 when every half is constant and all agree. */
    static double splitRhat(List<double[]> chains) {
        int half = chains.getFirst().length / 2;
        if (half < 2) {
            throw new IllegalArgumentException("split R-hat needs at least 4 draws per chain, got " + chains.getFirst().length);
        }
        List<double[]> halves = new ArrayList<>();
        for (double[] chain : chains) {
            if (chain.length / 2 != half) {
                throw new IllegalArgumentException("chains must be of equal length, got " + chain.length + " and " + chains.getFirst().length);
            }
            int offset = chain.length - 2 * half;
            halves.add(Arrays.copyOfRange(chain, offset, offset + half));
            halves.add(Arrays.copyOfRange(chain, offset + half, offset + 2 * half));
        }
        double within = 0;
        double grand = 0;
        double[] means = new double[halves.size()];
        for (int sequence = 0; sequence < halves.size(); sequence++) {
            means[sequence] = mean(halves.get(sequence), 0, half);
            within += sampleVariance(halves.get(sequence), means[sequence]);
            grand += means[sequence];
        }
        within /= halves.size();
        grand /= halves.size();
        double spread = 0;
        for (double mean : means) {
            spread += (mean - grand) * (mean - grand);
        }
        double between = half * spread / (halves.size() - 1);
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

    private static double sampleVariance(double[] draws, double mean) {
        double sum = 0;
        for (double draw : draws) {
            sum += (draw - mean) * (draw - mean);
        }
        return sum / (draws.length - 1);
    }
}
