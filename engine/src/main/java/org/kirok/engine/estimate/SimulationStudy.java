package org.kirok.engine.estimate;

import java.util.SplittableRandom;

/**
 * Replicates a {@link SimulatedPopulation} many times, estimates each replicate and checks the
 * quoted interval against the known size — the frequentist calibration check of Manrique-Vallier
 * (2016, §5). Populations are drawn from one generator seeded with {@code seed}; an LCMCR
 * estimator's chain for replicate r is seeded with seed + r, so the whole study is reproducible.
 */
public final class SimulationStudy {

    private SimulationStudy() {
    }

    public static CoverageReport run(SimulatedPopulation population, Estimator estimator, int replications, long seed,
                                     ProgressListener progress) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, got " + replications);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double truth = population.size();
        int covered = 0;
        int withoutEstimate = 0;
        double sum = 0;
        double squaredError = 0;
        double width = 0;
        int estimated = 0;
        for (int replicate = 0; replicate < replications; replicate++) {
            CaptureTable table = population.record(random);
            Estimate estimate = forReplicate(estimator, seed + replicate).estimate(table);
            if (estimate.value().isEmpty() || estimate.primaryInterval().isEmpty()) {
                withoutEstimate++;
            } else {
                double value = estimate.value().getAsDouble();
                Interval interval = estimate.primaryInterval().get();
                covered += interval.contains(truth) ? 1 : 0;
                sum += value;
                squaredError += (value - truth) * (value - truth);
                width += interval.bounded() ? interval.high() - interval.low() : 0;
                estimated++;
            }
            progress.progress(replicate + 1, replications);
        }
        double mean = estimated == 0 ? Double.NaN : sum / estimated;
        return new CoverageReport(replications, covered, withoutEstimate, population.size(), mean,
                (mean - truth) / truth, Math.sqrt(squaredError / Math.max(1, estimated)) / truth,
                estimated == 0 ? Double.NaN : width / estimated);
    }

    private static Estimator forReplicate(Estimator estimator, long seed) {
        return switch (estimator) {
            case LcmcrEstimator lcmcr -> new LcmcrEstimator(lcmcr.settings().withSeed(seed));
            case LogLinearEstimator logLinear -> logLinear;
            case ChapmanEstimator chapman -> chapman;
        };
    }
}
