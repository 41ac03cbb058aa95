package org.kirok.engine.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Gibbs sampling of who is who among the mentions of one true name, under {@link KoreanMentions}'
 * own model — the Bayes oracle of {@link KoreanOracle}. A person has a uniform birth year, sex and
 * town; each mention shows them with the generator's noise (year missing, ±1, ±2; sex missing;
 * place missing or a town of the same province). A partition of the n mentions into K persons of
 * sizes s_k has prior ∝ P(K)·K!·Π q(1−q)^(s_k−1)·s_k! (geometric mentions per person, mentions
 * exchangeable), with K−1 ~ Poisson(μ), μ the expected number of other bearers of the name: a
 * product-partition model (Hartigan 1990) whose single-site Gibbs updates are those of a Chinese
 * restaurant process (Neal, "Markov chain sampling methods for Dirichlet process mixture models",
 * JCGS 9(2), 2000, algorithm 2), each person's attributes integrated out exactly. The generator
 * copies one name in twenty from an earlier person, which makes namesakes clump a little more than
 * Poisson; μ adds the mean number of such copies (1/20) and no more. Not thread-safe; one call, one
 * thread.
 */
final class NamesakeSampler {
    /** Per mention: birth year (MIN_VALUE when missing), sex 0/1 and town index (−1 when missing). */
    record Observations(int[] years, int[] sexes, int[] towns) {
    }

    /** Pairs of mentions (global indexes) that shared a person in some sample, with the share of samples. */
    record PairProbabilities(int[] left, int[] right, double[] probability) {
    }

    private static final int YEARS = KoreanMentions.BIRTH_YEARS;
    private static final int FIRST = KoreanMentions.FIRST_BIRTH_YEAR;
    private static final double Q = 1 / KoreanMentions.MEAN_MENTIONS;
    private static final double[] LOG_YEAR_OFF = {
        Math.log((100.0 - KoreanMentions.YEAR_MISSING - KoreanMentions.YEAR_OFF_BY_ONE - KoreanMentions.YEAR_OFF_BY_TWO) / 100),
        Math.log(KoreanMentions.YEAR_OFF_BY_ONE / 200.0), Math.log(KoreanMentions.YEAR_OFF_BY_TWO / 200.0)};
    /** LOG_TOWN[observed][true]: log P(place shows observed | hometown true), −∞ when impossible. */
    private static final double[][] LOG_TOWN = townLikelihoods();
    /** TOWN_SUPPORT[observed]: the hometowns that can show as the observed town. */
    private static final int[][] TOWN_SUPPORT = java.util.stream.IntStream.range(0, LOG_TOWN.length)
            .mapToObj(o -> java.util.stream.IntStream.range(0, LOG_TOWN.length)
                    .filter(t -> LOG_TOWN[o][t] != Double.NEGATIVE_INFINITY).toArray())
            .toArray(int[][]::new);

    private final Observations observations;
    private final int[] members;
    private final double logNewFactor;
    private final int[] cluster;
    private final List<Cluster> clusters = new ArrayList<>();

    private NamesakeSampler(int[] members, Observations observations, double otherBearers, int[] initial) {
        this.members = members;
        this.observations = observations;
        this.logNewFactor = Math.log(Q * otherBearers);
        this.cluster = new int[members.length];
        int[] slotOfLabel = new int[members.length];
        Arrays.fill(slotOfLabel, -1);
        for (int i = 0; i < members.length; i++) {
            int label = initial[i];
            if (slotOfLabel[label] < 0) {
                slotOfLabel[label] = clusters.size();
                clusters.add(new Cluster());
            }
            cluster[i] = slotOfLabel[label];
            clusters.get(cluster[i]).add(i, +1);
        }
    }

    /**
     * @param members      global indexes of the mentions of one true name
     * @param otherBearers μ, the expected number of persons bearing the name besides one
     * @param initial      a starting partition, as labels 0..n−1 per member
     */
    static PairProbabilities sample(int[] members, Observations observations, double otherBearers, int[] initial,
            SplittableRandom random, int burnIn, int samples) {
        NamesakeSampler sampler = new NamesakeSampler(members, observations, otherBearers, initial);
        int n = members.length;
        int[] together = new int[n * (n - 1) / 2];
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        for (int sweep = 0; sweep < burnIn + samples; sweep++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            for (int i : order) {
                sampler.update(i, random);
            }
            if (sweep >= burnIn) {
                sampler.countPairs(together);
            }
        }
        int nonZero = 0;
        for (int count : together) {
            nonZero += count > 0 ? 1 : 0;
        }
        int[] left = new int[nonZero];
        int[] right = new int[nonZero];
        double[] probability = new double[nonZero];
        int at = 0;
        for (int a = 0, k = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++, k++) {
                if (together[k] > 0) {
                    left[at] = members[a];
                    right[at] = members[b];
                    probability[at++] = together[k] / (double) samples;
                }
            }
        }
        return new PairProbabilities(left, right, probability);
    }

    /** Draws member i's person given everyone else's. */
    private void update(int i, SplittableRandom random) {
        Cluster own = clusters.get(cluster[i]);
        own.add(i, -1);
        int others = 0;
        for (Cluster c : clusters) {
            others += c.size > 0 ? 1 : 0;
        }
        double[] logWeight = new double[clusters.size() + 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < clusters.size(); c++) {
            Cluster candidate = clusters.get(c);
            logWeight[c] = candidate.size == 0 ? Double.NEGATIVE_INFINITY
                    : Math.log((1 - Q) * (candidate.size + 1)) + candidate.logPredictive(i);
            max = Math.max(max, logWeight[c]);
        }
        Cluster alone = new Cluster();
        // (K+1)·P(K+1)/P(K) with K−1 ~ Poisson(μ) is μ·(K+1)/K; with no other person, "alone" is certain
        logWeight[clusters.size()] = others == 0 ? 0 : logNewFactor + Math.log((others + 1.0) / others) + alone.logPredictive(i);
        max = Math.max(max, logWeight[clusters.size()]);
        double total = 0;
        for (int c = 0; c < logWeight.length; c++) {
            logWeight[c] = Math.exp(logWeight[c] - max);
            total += logWeight[c];
        }
        double draw = random.nextDouble() * total;
        int chosen = logWeight.length - 1;
        for (int c = 0; c < logWeight.length; c++) {
            draw -= logWeight[c];
            if (draw < 0) {
                chosen = c;
                break;
            }
        }
        if (chosen == clusters.size()) {
            chosen = own.size == 0 ? cluster[i] : firstEmptyOrNew();
        }
        cluster[i] = chosen;
        clusters.get(chosen).add(i, +1);
    }

    private int firstEmptyOrNew() {
        for (int c = 0; c < clusters.size(); c++) {
            if (clusters.get(c).size == 0) {
                return c;
            }
        }
        clusters.add(new Cluster());
        return clusters.size() - 1;
    }

    private void countPairs(int[] together) {
        int n = members.length;
        for (int a = 0; a < n; a++) {
            int base = a * n - a * (a + 1) / 2 - a - 1;
            for (int b = a + 1; b < n; b++) {
                if (cluster[a] == cluster[b]) {
                    together[base + b]++;
                }
            }
        }
    }

    /**
     * One person's attributes integrated out: per value, the log of prior × likelihood of the
     * members' observations, kept as a finite sum plus a count of members ruling the value out.
     */
    private final class Cluster {
        int size;
        final double[] yearSum = new double[YEARS];
        final int[] yearOut = new int[YEARS];
        final double[] sexSum = new double[2];
        final int[] sexOut = new int[2];
        final double[] townSum = new double[KoreanMentions.towns()];
        final int[] townOut = new int[KoreanMentions.towns()];
        double yearTotal = Math.log(YEARS);
        double sexTotal = Math.log(2);
        double townTotal = Math.log(KoreanMentions.towns());

        void add(int i, int sign) {
            size += sign;
            int year = observations.years()[members[i]];
            if (year != Integer.MIN_VALUE) {
                for (int y = 0; y < YEARS; y++) {
                    double log = logYear(year, y);
                    if (log == Double.NEGATIVE_INFINITY) {
                        yearOut[y] += sign;
                    } else {
                        yearSum[y] += sign * log;
                    }
                }
                yearTotal = logSumExp(yearSum, yearOut);
            }
            int sex = observations.sexes()[members[i]];
            if (sex >= 0) {
                sexOut[1 - sex] += sign;
                sexTotal = logSumExp(sexSum, sexOut);
            }
            int town = observations.towns()[members[i]];
            if (town >= 0) {
                for (int t = 0; t < townSum.length; t++) {
                    if (LOG_TOWN[town][t] == Double.NEGATIVE_INFINITY) {
                        townOut[t] += sign;
                    } else {
                        townSum[t] += sign * LOG_TOWN[town][t];
                    }
                }
                townTotal = logSumExp(townSum, townOut);
            }
        }

        /** log of P(member i's observations | this person's other mentions); the uniform priors cancel. */
        double logPredictive(int i) {
            double log = 0;
            int year = observations.years()[members[i]];
            if (year != Integer.MIN_VALUE) {
                double max = Double.NEGATIVE_INFINITY;
                double[] terms = new double[2 * LOG_YEAR_OFF.length - 1];
                int count = 0;
                for (int y = Math.max(0, year - FIRST - 2); y <= Math.min(YEARS - 1, year - FIRST + 2); y++) {
                    if (yearOut[y] == 0) {
                        terms[count] = yearSum[y] + logYear(year, y);
                        max = Math.max(max, terms[count++]);
                    }
                }
                log += logSum(terms, count, max) - yearTotal;
            }
            int sex = observations.sexes()[members[i]];
            if (sex >= 0) {
                log += (sexOut[sex] == 0 ? sexSum[sex] : Double.NEGATIVE_INFINITY) - sexTotal;
            }
            int town = observations.towns()[members[i]];
            if (town >= 0) {
                int[] support = TOWN_SUPPORT[town];
                double[] terms = new double[support.length];
                double max = Double.NEGATIVE_INFINITY;
                int count = 0;
                for (int t : support) {
                    if (townOut[t] == 0) {
                        terms[count] = townSum[t] + LOG_TOWN[town][t];
                        max = Math.max(max, terms[count++]);
                    }
                }
                log += logSum(terms, count, max) - townTotal;
            }
            return log;
        }
    }

    /** log Σ exp(terms[0..count)), given their maximum. */
    private static double logSum(double[] terms, int count, double max) {
        if (count == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double total = 0;
        for (int k = 0; k < count; k++) {
            total += Math.exp(terms[k] - max);
        }
        return max + Math.log(total);
    }

    /** log Σ_v exp(sum[v]) over the values no member rules out (priors are uniform, so they cancel). */
    private static double logSumExp(double[] sum, int[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < sum.length; v++) {
            if (out[v] == 0) {
                max = Math.max(max, sum[v]);
            }
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        double total = 0;
        for (int v = 0; v < sum.length; v++) {
            if (out[v] == 0) {
                total += Math.exp(sum[v] - max);
            }
        }
        return max + Math.log(total);
    }

    private static double logYear(int observed, int index) {
        int off = Math.abs(observed - (FIRST + index));
        return off < LOG_YEAR_OFF.length ? LOG_YEAR_OFF[off] : Double.NEGATIVE_INFINITY;
    }

    private static double[][] townLikelihoods() {
        int towns = KoreanMentions.towns();
        double[][] log = new double[towns][towns];
        for (double[] row : log) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        for (int home = 0; home < towns; home++) {
            List<Integer> neighbours = KoreanMentions.neighbours(home);
            double neighbourShare = neighbours.isEmpty() ? 0 : KoreanMentions.PLACE_NEIGHBOUR / 100.0;
            log[home][home] = Math.log((100.0 - KoreanMentions.PLACE_MISSING) / 100 - neighbourShare);
            for (int other : neighbours) {
                log[other][home] = Math.log(neighbourShare / neighbours.size());
            }
        }
        return log;
    }
}
