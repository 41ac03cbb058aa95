package org.kirok.engine.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.kirok.engine.stats.BetaVariate;
import org.kirok.engine.stats.GammaVariate;
import org.kirok.engine.stats.MultinomialVariate;
import org.kirok.engine.stats.NegativeBinomialVariate;

/**
 * The Gibbs sampler of LCMCR: D. Manrique-Vallier, "Bayesian population size estimation using
 * Dirichlet process mixtures", Biometrics 72(4), 2016.
 *
 * <p>Each person belongs to a latent class k with probability π_k and, within it, appears on list
 * j independently with probability λ_jk ~ Beta(1, 1). The weights π follow a stick-breaking
 * Dirichlet process truncated at K* classes with concentration α ~ Gamma(a, b); the population
 * size has the prior p(N) ∝ 1/N. One sweep draws, in turn: the classes of the observed people
 * (pattern by pattern, as multinomial counts — people with the same pattern are exchangeable);
 * the number never recorded, n₀ ~ NegativeBinomial(n, 1 − π₀) with π₀ = Σ_k π_k Π_j (1 − λ_jk);
 * their classes; λ from its Beta conditionals; the sticks V_k ~ Beta(1 + n_k, α + Σ_{l&gt;k} n_l);
 * and α ~ Gamma(a + K* − 1, b − Σ ln(1 − V_k)).
 *
 * <p>All randomness comes from the generator given, so a seeded generator reproduces the chain
 * exactly. Not thread-safe: one sampler per thread.
 */
final class LcmcrSampler {

    /** Beta draws of exactly 0 or 1 would put −∞ into the class weights; no data can tell these apart. */
    private static final double PROBABILITY_FLOOR = 1e-15;
    /**
     * Sweeps at the start (within the burn-in) during which α stays small, so that the chain begins
     * with few latent classes. Started with many, it tends to linger in a mode where many small
     * classes fit the observed patterns closely and N is small.
     */
    static final int WARM_UP_SWEEPS = 2_000;
    private static final double WARM_UP_ALPHA = 0.03;

    private final LcmcrSettings settings;
    private final int classes;
    private final int lists;
    private final int[] patterns;
    private final long[] patternCounts;
    private final long observed;
    private final RandomGenerator random;

    private final double[] logCapture;
    private final double[] logMiss;
    private final double[] logMissAll;
    private final double[] logWeight;
    private final double[] weight;
    private final long[] drawn;
    private final long[] classTotal;
    private final long[] classCaptures;
    private double alpha = WARM_UP_ALPHA;
    private long unobserved;
    private int sweeps;

    LcmcrSampler(CaptureTable table, LcmcrSettings settings, RandomGenerator random) {
        this.settings = settings;
        this.classes = settings.maxClasses();
        this.lists = table.listCount();
        List<Integer> seen = new ArrayList<>();
        for (int pattern = 1; pattern <= table.observableCells(); pattern++) {
            if (table.count(pattern) > 0) {
                seen.add(pattern);
            }
        }
        this.patterns = seen.stream().mapToInt(Integer::intValue).toArray();
        this.patternCounts = seen.stream().mapToLong(table::count).toArray();
        this.observed = table.observed();
        this.random = random;
        this.logCapture = new double[classes * lists];
        this.logMiss = new double[classes * lists];
        this.logMissAll = new double[classes];
        this.logWeight = new double[classes];
        this.weight = new double[classes];
        this.drawn = new long[classes];
        this.classTotal = new long[classes];
        this.classCaptures = new long[classes * lists];
        initialize(table);
    }

    /** N in the current state: the observed plus the unobserved just drawn. */
    long total() {
        return observed + unobserved;
    }

    /** Classes holding at least one person, observed or not, in the current state. */
    int occupiedClasses() {
        int occupied = 0;
        for (long total : classTotal) {
            occupied += total > 0 ? 1 : 0;
        }
        return occupied;
    }

    /**
     * Starts every class near the capture rates the lists would have if they were independent,
     * with some spread between classes, and the weights equal. Starting from prior draws can put
     * the chain where π₀ ≈ 1 and n₀ is astronomically large, a region it then leaves slowly.
     */
    private void initialize(CaptureTable table) {
        double start = IndependenceEstimate.of(table);
        for (int list = 0; list < lists; list++) {
            double rate = table.overlap(1 << list) / start;
            for (int k = 0; k < classes; k++) {
                setCapture(k, list, rate * (0.5 + random.nextDouble()));
            }
        }
        for (int k = 0; k < classes; k++) {
            logWeight[k] = -Math.log(classes);
        }
    }

    void sweep() {
        Arrays.fill(classTotal, 0);
        Arrays.fill(classCaptures, 0);
        for (int k = 0; k < classes; k++) {
            double sum = 0;
            for (int list = 0; list < lists; list++) {
                sum += logMiss[k * lists + list];
            }
            logMissAll[k] = sum;
        }
        assignObserved();
        drawUnobserved();
        updateCaptureProbabilities();
        updateSticks();
    }

    private void assignObserved() {
        double[] classLog = new double[classes];
        for (int index = 0; index < patterns.length; index++) {
            int pattern = patterns[index];
            for (int k = 0; k < classes; k++) {
                double sum = logWeight[k];
                for (int list = 0; list < lists; list++) {
                    sum += (pattern >> list & 1) == 1 ? logCapture[k * lists + list] : logMiss[k * lists + list];
                }
                classLog[k] = sum;
            }
            toWeights(classLog);
            MultinomialVariate.sample(random, patternCounts[index], weight, drawn);
            for (int k = 0; k < classes; k++) {
                if (drawn[k] == 0) {
                    continue;
                }
                classTotal[k] += drawn[k];
                for (int list = 0; list < lists; list++) {
                    if ((pattern >> list & 1) == 1) {
                        classCaptures[k * lists + list] += drawn[k];
                    }
                }
            }
        }
    }

    private void drawUnobserved() {
        double seenProbability = 0;
        double[] classLog = new double[classes];
        for (int k = 0; k < classes; k++) {
            // 1 − Π(1 − λ) through expm1 keeps its precision when capture is rare
            seenProbability += Math.exp(logWeight[k]) * -Math.expm1(logMissAll[k]);
            classLog[k] = logWeight[k] + logMissAll[k];
        }
        seenProbability = Math.min(1, Math.max(seenProbability, Double.MIN_NORMAL));
        unobserved = NegativeBinomialVariate.sample(random, observed, seenProbability);
        if (unobserved > 0) {
            toWeights(classLog);
            MultinomialVariate.sample(random, unobserved, weight, drawn);
            for (int k = 0; k < classes; k++) {
                classTotal[k] += drawn[k];
            }
        }
    }

    private void updateCaptureProbabilities() {
        for (int k = 0; k < classes; k++) {
            for (int list = 0; list < lists; list++) {
                long captures = classCaptures[k * lists + list];
                setCapture(k, list, BetaVariate.sample(random, 1.0 + captures, 1.0 + classTotal[k] - captures));
            }
        }
    }

    private void updateSticks() {
        long remaining = 0;
        for (long total : classTotal) {
            remaining += total;
        }
        double logRest = 0;
        double sumLogRemainder = 0;
        for (int k = 0; k < classes - 1; k++) {
            remaining -= classTotal[k];
            // V ~ Beta(p, q) as X / (X + Y) with gamma X, Y, kept on the log scale: ln V and ln(1 − V)
            double logX = GammaVariate.sampleLog(random, 1.0 + classTotal[k]);
            double logY = GammaVariate.sampleLog(random, alpha + remaining);
            double logSum = Math.max(logX, logY) + Math.log1p(Math.exp(-Math.abs(logX - logY)));
            logWeight[k] = logRest + logX - logSum;
            logRest += logY - logSum;
            sumLogRemainder += logY - logSum;
        }
        logWeight[classes - 1] = logRest;
        if (++sweeps > Math.min(WARM_UP_SWEEPS, settings.burnIn())) {
            alpha = GammaVariate.sample(random, settings.alphaShape() + classes - 1,
                    settings.alphaRate() - sumLogRemainder);
        }
    }

    private void setCapture(int k, int list, double probability) {
        double clamped = Math.min(1 - PROBABILITY_FLOOR, Math.max(PROBABILITY_FLOOR, probability));
        logCapture[k * lists + list] = Math.log(clamped);
        logMiss[k * lists + list] = Math.log1p(-clamped);
    }

    /** weight[k] ∝ exp(logs[k]), scaled so the largest is 1. */
    private void toWeights(double[] logs) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : logs) {
            max = Math.max(max, value);
        }
        for (int k = 0; k < classes; k++) {
            weight[k] = Math.exp(logs[k] - max);
        }
    }
}
