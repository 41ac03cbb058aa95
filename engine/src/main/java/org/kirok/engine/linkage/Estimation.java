package org.kirok.engine.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Estimates a Fellegi–Sunter model without labels, the way Splink's documentation describes it
 * ("Estimating model parameters", moj-analytical-services.github.io/splink):
 * <ol>
 *   <li>u by random sampling: among random pairs nearly all are non-matches, so the share of random
 *       pairs at each level estimates u;</li>
 *   <li>m by expectation–maximisation (Dempster, Laird &amp; Rubin, JRSS B 39, 1977; for record
 *       linkage Winkler, "Using the EM algorithm for weight computation in the Fellegi–Sunter
 *       model", 1988) with u held fixed, one session per blocking rule; in a session the
 *       comparisons on the rule's own columns are left out, since inside the rule's blocks they
 *       agree by construction; looser training rules (same birth year and place, say) add sessions
 *       on sampled pairs, so that comparisons every blocking rule involves (names) are estimated too;
 *       each comparison's m is the mean over the sessions that estimated it;</li>
 *   <li>the share of matches among the candidate pairs by a last EM with m and u fixed — leaving out
 *       the comparisons every blocking rule agrees on, which namesakes share — turned into the prior
 *       for two random records.</li>
 * </ol>
 * EM runs on counts of distinct comparison vectors, not on pairs. Thread-safe, stateless.
 */
final class Estimation {
    private static final double SMOOTHING = 1.0;
    private static final double FLOOR = 1e-6;

    private Estimation() {
    }

    /** u per comparison and level from {@code samples} random pairs (cross-source pairs when linking). */
    static double[][] uByRandomSampling(Records records, Comparison.Prepared[] prepared, int[] levels, long samples,
            long seed) {
        int n = records.size();
        int[] first = sourceIndexes(records, 0);
        int[] second = records.linking() ? sourceIndexes(records, 1) : first;
        double[][] counts = new double[prepared.length][];
        for (int k = 0; k < prepared.length; k++) {
            counts[k] = new double[levels[k]];
        }
        if (n >= 2 && first.length > 0 && second.length > 0) {
            long draws = Math.min(samples, Math.max(records.possiblePairs(), 1));
            int chunks = 16;
            // chunks with their own seeds, summed: the same counts whatever the number of threads
            List<double[][]> partial = java.util.stream.IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
                double[][] local = new double[prepared.length][];
                for (int k = 0; k < prepared.length; k++) {
                    local[k] = new double[levels[k]];
                }
                SplittableRandom random = new SplittableRandom(seed * 31 + chunk);
                for (long s = chunk; s < draws; s += chunks) {
                    int a = first[random.nextInt(first.length)];
                    int b = second[random.nextInt(second.length)];
                    if (a == b) {
                        continue;
                    }
                    for (int k = 0; k < prepared.length; k++) {
                        int level = prepared[k].level(a, b);
                        if (level >= 0) {
                            local[k][level]++;
                        }
                    }
                }
                return local;
            }).toList();
            for (double[][] local : partial) {
                for (int k = 0; k < prepared.length; k++) {
                    for (int l = 0; l < levels[k]; l++) {
                        counts[k][l] += local[k][l];
                    }
                }
            }
        }
        double[][] u = new double[prepared.length][];
        for (int k = 0; k < prepared.length; k++) {
            u[k] = normalise(counts[k], SMOOTHING);
        }
        return u;
    }

    private static int[] sourceIndexes(Records records, int source) {
        return java.util.stream.IntStream.range(0, records.size()).filter(i -> records.source(i) == source).toArray();
    }

    /** Distinct comparison vectors (rule bits included) and how many pairs have each. */
    record VectorCounts(long[] patterns, double[] counts) {
    }

    static VectorCounts count(PairBuffer pairs) {
        return count(pairs, ~Patterns.LEVEL_MASK);
    }

    /** The vectors of the pairs that satisfy at least one of the rules in {@code ruleBits}. */
    static VectorCounts count(PairBuffer pairs, long ruleBits) {
        long[] sorted = ruleBits == ~Patterns.LEVEL_MASK ? Arrays.copyOf(pairs.patterns, pairs.size)
                : Arrays.stream(pairs.patterns, 0, pairs.size).filter(p -> (p & ruleBits) != 0).toArray();
        Arrays.parallelSort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        long[] patterns = new long[distinct];
        double[] counts = new double[distinct];
        int at = -1;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                patterns[++at] = sorted[i];
            }
            counts[at]++;
        }
        return new VectorCounts(patterns, counts);
    }

    /**
     * One EM session: comparison vectors (with weights) and the columns whose comparisons the
     * session leaves out because its pairs agree on them by construction.
     */
    record Session(long[] patterns, double[] weights, List<String> blockedColumns) {
    }

    /** The sessions of the prediction rules, over the candidate pairs each rule satisfies. */
    static List<Session> ruleSessions(List<BlockingRule> rules, VectorCounts vectors) {
        List<Session> sessions = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            int rule = r;
            if (rules.get(r).widening()) {
                continue;
            }
            sessions.add(new Session(vectors.patterns(), weightsWhere(vectors, p -> Patterns.satisfies(p, rule)),
                    rules.get(r).columns()));
        }
        return sessions;
    }

    /** A session of sampled pairs of a training rule. */
    static Session trainingSession(BlockingRule rule, long[] sampledPatterns) {
        double[] weights = new double[sampledPatterns.length];
        Arrays.fill(weights, 1);
        return new Session(sampledPatterns, weights, rule.columns());
    }

    /** m by sessions, then the prior; see the class comment. */
    static MatchModel fit(List<Comparison> comparisons, List<Session> sessionInputs, List<List<String>> ruleColumns,
            VectorCounts vectors, double[][] u, long candidatePairs, long possiblePairs, int iterations) {
        int k = comparisons.size();
        int[] levels = comparisons.stream().mapToInt(Comparison::levels).toArray();
        double[][] mSum = new double[k][];
        int[] sessions = new int[k];
        for (int c = 0; c < k; c++) {
            mSum[c] = new double[levels[c]];
        }
        for (Session input : sessionInputs) {
            boolean[] free = new boolean[k];
            boolean any = false;
            for (int c = 0; c < k; c++) {
                free[c] = comparisons.get(c).columns().stream().noneMatch(input.blockedColumns()::contains);
                any |= free[c];
            }
            if (!any || Arrays.stream(input.weights()).sum() < 10) {
                continue;
            }
            Em session = new Em(input.patterns(), input.weights(), levels, u, initialM(levels), 0.3, free, Em.Others.IGNORED);
            session.run(iterations);
            for (int c = 0; c < k; c++) {
                if (free[c]) {
                    for (int l = 0; l < levels[c]; l++) {
                        mSum[c][l] += session.m[c][l];
                    }
                    sessions[c]++;
                }
            }
        }
        double[][] m = new double[k][];
        boolean[] unestimated = new boolean[k];
        for (int c = 0; c < k; c++) {
            if (sessions[c] > 0) {
                m[c] = new double[levels[c]];
                for (int l = 0; l < levels[c]; l++) {
                    m[c][l] = mSum[c][l] / sessions[c];
                }
            } else {
                m[c] = initialM(levels)[c];
                unestimated[c] = true;
            }
        }
        double[] all = weightsWhere(vectors, p -> true);
        Em last = new Em(vectors.patterns(), all, levels, u, m, 0.3, unestimated, Em.Others.FIXED);
        last.run(iterations);
        // The share of matches among candidates, from the comparisons that the candidate pairs do
        // not agree on by construction: when every blocking rule involves the names, namesakes
        // agree on the name far more often than u says, and counting that agreement would take
        // them for matches and inflate the prior (more so the larger the table).
        boolean[] blockedEverywhere = new boolean[k];
        boolean anyBlocked = false;
        for (int c = 0; c < k; c++) {
            List<String> columns = comparisons.get(c).columns();
            blockedEverywhere[c] = !ruleColumns.isEmpty() && !unestimated[c]
                    && ruleColumns.stream().allMatch(rule -> columns.stream().anyMatch(rule::contains));
            anyBlocked |= blockedEverywhere[c];
        }
        double lambda = last.lambda;
        if (anyBlocked) {
            long[] masked = vectors.patterns().clone();
            for (int i = 0; i < masked.length; i++) {
                for (int c = 0; c < k; c++) {
                    if (blockedEverywhere[c]) {
                        masked[i] &= ~(0xFL << (4 * c));
                    }
                }
            }
            Em share = new Em(masked, all, levels, u, last.m, 0.3, new boolean[k], Em.Others.FIXED);
            share.run(iterations);
            lambda = share.lambda;
        }
        double matches = Math.max(1, lambda * candidatePairs);
        double prior = Math.min(0.5, matches / Math.max(possiblePairs, 1));
        List<MatchModel.Parameters> parameters = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            parameters.add(new MatchModel.Parameters(comparisons.get(c).name(), floor(last.m[c]), floor(u[c])));
        }
        return new MatchModel(Math.max(prior, 1e-12), parameters);
    }

    /** m from confirmed matching pairs (counts of their levels, smoothed), u as given, prior as given. */
    static MatchModel fromConfirmedMatches(List<Comparison> comparisons, long[] matchPatterns, double[][] u, double prior) {
        List<MatchModel.Parameters> parameters = new ArrayList<>();
        for (int c = 0; c < comparisons.size(); c++) {
            double[] counts = new double[comparisons.get(c).levels()];
            for (long pattern : matchPatterns) {
                int level = Patterns.level(pattern, c);
                if (level >= 0) {
                    counts[level]++;
                }
            }
            parameters.add(new MatchModel.Parameters(comparisons.get(c).name(), floor(normalise(counts, 0.5)), floor(u[c])));
        }
        return new MatchModel(prior, parameters);
    }

    private static double[] weightsWhere(VectorCounts vectors, java.util.function.LongPredicate keep) {
        double[] weights = new double[vectors.patterns().length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = keep.test(vectors.patterns()[i]) ? vectors.counts()[i] : 0;
        }
        return weights;
    }

    /** Starting m: each level twice as likely as the one below among matches. */
    static double[][] initialM(int[] levels) {
        double[][] m = new double[levels.length][];
        for (int c = 0; c < levels.length; c++) {
            double[] start = new double[levels[c]];
            for (int l = 0; l < levels[c]; l++) {
                start[l] = Math.pow(4, l);
            }
            m[c] = normalise(start, 0);
        }
        return m;
    }

    static double[] normalise(double[] counts, double smoothing) {
        double total = 0;
        for (double count : counts) {
            total += count + smoothing;
        }
        double[] p = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            p[i] = total == 0 ? 1.0 / counts.length : (counts[i] + smoothing) / total;
        }
        return p;
    }

    private static double[] floor(double[] p) {
        double[] floored = p.clone();
        for (int i = 0; i < floored.length; i++) {
            floored[i] = Math.min(1, Math.max(FLOOR, floored[i]));
        }
        return floored;
    }
}
