package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NamesakeSamplerTest {
    private static final int NONE = Integer.MIN_VALUE;

    @Test
    void mentions_no_one_person_could_have_produced_are_never_together() {
        // 1950 and 1990 are 40 years apart; M and F differ
        NamesakeSampler.Observations observations = new NamesakeSampler.Observations(new int[] {1950, 1990, 1960, 1960},
                new int[] {0, 0, 0, 1}, new int[] {-1, -1, -1, -1});
        double[] together = pairs(observations, new int[] {0, 1, 2, 3}, 0.5, 300, new SplittableRandom(1));
        assertThat(together[index(0, 1, 4)]).isZero();
        assertThat(together[index(2, 3, 4)]).isZero();
    }

    @Test
    void identical_mentions_of_a_rare_name_are_one_person() {
        NamesakeSampler.Observations observations = new NamesakeSampler.Observations(new int[] {1968, 1968},
                new int[] {0, 0}, new int[] {3, 3});
        double[] together = pairs(observations, new int[] {0, 1}, 0.001, 500, new SplittableRandom(2));
        assertThat(together[0]).isGreaterThan(0.99);
    }

    @Test
    void the_sampled_posterior_matches_exact_enumeration_of_all_partitions() {
        SplittableRandom random = new SplittableRandom(20261123);
        int[] hometowns = {0, 1, 2, 11, 18, 22};
        for (int round = 0; round < 4; round++) {
            int n = 3 + random.nextInt(3);
            int[] years = new int[n];
            int[] sexes = new int[n];
            int[] towns = new int[n];
            for (int i = 0; i < n; i++) {
                years[i] = random.nextInt(4) == 0 ? NONE : 1960 + random.nextInt(5);
                sexes[i] = random.nextInt(4) == 0 ? -1 : random.nextInt(2);
                towns[i] = random.nextInt(3) == 0 ? -1 : hometowns[random.nextInt(hometowns.length)];
            }
            NamesakeSampler.Observations observations = new NamesakeSampler.Observations(years, sexes, towns);
            double mu = 0.2 + 2 * random.nextDouble();
            int[] members = new int[n];
            java.util.Arrays.setAll(members, i -> i);
            double[] sampled = pairs(observations, members, mu, 30_000, random.split());
            double[] exact = exact(observations, n, mu);
            for (int k = 0; k < exact.length; k++) {
                assertThat(sampled[k]).as("round %d, pair %d", round, k).isCloseTo(exact[k], within(0.02));
            }
        }
    }

    private static double[] pairs(NamesakeSampler.Observations observations, int[] members, double mu, int samples,
            SplittableRandom random) {
        int n = members.length;
        NamesakeSampler.PairProbabilities result = NamesakeSampler.sample(members, observations, mu, new int[n], random, 50,
                samples);
        double[] together = new double[n * (n - 1) / 2];
        for (int k = 0; k < result.left().length; k++) {
            together[index(result.left()[k], result.right()[k], n)] = result.probability()[k];
        }
        return together;
    }

    private static int index(int a, int b, int n) {
        return a * n - a * (a + 1) / 2 + (b - a - 1);
    }

    /** The posterior by brute force: every set partition weighed by the model written out from its definition. */
    private static double[] exact(NamesakeSampler.Observations observations, int n, double mu) {
        double q = 1 / KoreanMentions.MEAN_MENTIONS;
        double[] together = new double[n * (n - 1) / 2];
        double total = 0;
        for (int[] partition : partitions(n)) {
            int blocks = 0;
            for (int label : partition) {
                blocks = Math.max(blocks, label + 1);
            }
            // K − 1 ~ Poisson(μ); K! labellings; geometric sizes; s! orders within each person
            double weight = Math.exp(-mu) * Math.pow(mu, blocks - 1) / factorial(blocks - 1) * factorial(blocks);
            for (int block = 0; block < blocks; block++) {
                List<Integer> members = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (partition[i] == block) {
                        members.add(i);
                    }
                }
                weight *= q * Math.pow(1 - q, members.size() - 1) * factorial(members.size()) * evidence(observations, members);
            }
            total += weight;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (partition[a] == partition[b]) {
                        together[index(a, b, n)] += weight;
                    }
                }
            }
        }
        for (int k = 0; k < together.length; k++) {
            together[k] /= total;
        }
        return together;
    }

    /** P(the members' observations | one person), averaged over the person's uniform year, sex and town. */
    private static double evidence(NamesakeSampler.Observations observations, List<Integer> members) {
        double years = 0;
        for (int year = KoreanMentions.FIRST_BIRTH_YEAR; year < KoreanMentions.FIRST_BIRTH_YEAR + KoreanMentions.BIRTH_YEARS;
                year++) {
            double product = 1;
            for (int i : members) {
                int observed = observations.years()[i];
                int off = observed == NONE ? -1 : Math.abs(observed - year);
                product *= off < 0 ? 1 : off == 0 ? 0.60 : off == 1 ? 0.075 : off == 2 ? 0.025 : 0;
            }
            years += product / KoreanMentions.BIRTH_YEARS;
        }
        double sexes = 0;
        for (int sex = 0; sex < 2; sex++) {
            double product = 1;
            for (int i : members) {
                product *= observations.sexes()[i] < 0 || observations.sexes()[i] == sex ? 1 : 0;
            }
            sexes += product / 2;
        }
        double towns = 0;
        for (int home = 0; home < KoreanMentions.towns(); home++) {
            List<Integer> neighbours = KoreanMentions.neighbours(home);
            double product = 1;
            for (int i : members) {
                int observed = observations.towns()[i];
                product *= observed < 0 ? 1 : observed == home ? (neighbours.isEmpty() ? 0.75 : 0.70)
                        : neighbours.contains(observed) ? 0.05 / neighbours.size() : 0;
            }
            towns += product / KoreanMentions.towns();
        }
        return years * sexes * towns;
    }

    /** All set partitions of n items as restricted growth strings. */
    private static List<int[]> partitions(int n) {
        List<int[]> all = new ArrayList<>();
        grow(new int[n], 0, 0, all);
        return all;
    }

    private static void grow(int[] labels, int at, int used, List<int[]> all) {
        if (at == labels.length) {
            all.add(labels.clone());
            return;
        }
        for (int label = 0; label <= used; label++) {
            labels[at] = label;
            grow(labels, at + 1, Math.max(used, label + 1), all);
        }
    }

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) {
            f *= i;
        }
        return f;
    }
}
