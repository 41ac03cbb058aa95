package org.kirok.engine.estimate;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * A closed population of known size whose members are recorded by k lists with heterogeneity and
 * list dependence, for checking estimators against the truth. Each person belongs to a latent
 * group (share {@code groupShares[g]}) that sets their probability of being on each list
 * ({@code captureProbabilities[g][j]}) — heterogeneity, which also makes lists dependent overall.
 * On top of that each {@link Referral} makes being on one list change the odds of being on a later
 * one: direct dependence, as when one organisation passes its cases to another.
 */
public record SimulatedPopulation(int size, double[] groupShares, double[][] captureProbabilities,
                                  List<Referral> referrals) {

    /** Being on list {@code from} multiplies the odds of being on list {@code to} (from &lt; to) by {@code oddsRatio}. */
    public record Referral(int from, int to, double oddsRatio) {
        public Referral {
            if (from < 0 || to <= from) {
                throw new IllegalArgumentException("a referral goes from an earlier list to a later one, got " + from + " -> " + to);
            }
            if (!(oddsRatio > 0) || Double.isInfinite(oddsRatio)) {
                throw new IllegalArgumentException("odds ratio must be finite and > 0, got " + oddsRatio);
            }
        }
    }

    public SimulatedPopulation {
        if (size < 1) {
            throw new IllegalArgumentException("population size must be >= 1, got " + size);
        }
        groupShares = groupShares.clone();
        captureProbabilities = Arrays.stream(captureProbabilities).map(double[]::clone).toArray(double[][]::new);
        referrals = List.copyOf(referrals);
        if (groupShares.length == 0 || groupShares.length != captureProbabilities.length) {
            throw new IllegalArgumentException("need one row of capture probabilities per group: " + groupShares.length
                    + " shares, " + captureProbabilities.length + " rows");
        }
        double total = 0;
        for (double share : groupShares) {
            if (!(share >= 0)) {
                throw new IllegalArgumentException("group shares must be >= 0, got " + share);
            }
            total += share;
        }
        if (Math.abs(total - 1) > 1e-9) {
            throw new IllegalArgumentException("group shares must sum to 1, got " + total);
        }
        int lists = captureProbabilities[0].length;
        if (lists < CaptureTable.MIN_LISTS || lists > CaptureTable.MAX_LISTS) {
            throw new IllegalArgumentException("need 2 to 15 lists, got " + lists);
        }
        for (double[] row : captureProbabilities) {
            if (row.length != lists) {
                throw new IllegalArgumentException("every group needs " + lists + " capture probabilities, got " + row.length);
            }
            for (double probability : row) {
                if (!(probability >= 0 && probability <= 1)) {
                    throw new IllegalArgumentException("capture probabilities must lie in [0, 1], got " + probability);
                }
            }
        }
        for (Referral referral : referrals) {
            if (referral.to() >= lists) {
                throw new IllegalArgumentException("referral to list " + referral.to() + " but there are " + lists + " lists");
            }
        }
    }

    public int listCount() {
        return captureProbabilities[0].length;
    }

    /** Records the population once: who is on which list. Lists are named L1 … Lk. */
    public CaptureTable record(RandomGenerator random) {
        int lists = listCount();
        CaptureTable.Builder table = CaptureTable.builder(IntStream.rangeClosed(1, lists).mapToObj(list -> "L" + list).toList());
        for (int person = 0; person < size; person++) {
            double[] probabilities = captureProbabilities[group(random)];
            int pattern = 0;
            for (int list = 0; list < lists; list++) {
                double odds = probabilities[list] / (1 - probabilities[list]);
                for (Referral referral : referrals) {
                    if (referral.to() == list && (pattern >> referral.from() & 1) == 1) {
                        odds *= referral.oddsRatio();
                    }
                }
                double probability = Double.isInfinite(odds) ? 1 : odds / (1 + odds);
                if (random.nextDouble() < probability) {
                    pattern |= 1 << list;
                }
            }
            if (pattern != 0) {
                table.add(pattern, 1);
            }
        }
        return table.build();
    }

    private int group(RandomGenerator random) {
        double u = random.nextDouble();
        for (int group = 0; group < groupShares.length - 1; group++) {
            u -= groupShares[group];
            if (u < 0) {
                return group;
            }
        }
        return groupShares.length - 1;
    }
}
