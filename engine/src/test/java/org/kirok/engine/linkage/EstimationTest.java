package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class EstimationTest {
    /** Three comparisons with known m and u; vectors drawn from the mixture; EM must find m and λ again. */
    @Test
    void em_recovers_known_m_probabilities_and_match_share() {
        double[][] m = {{0.05, 0.15, 0.8}, {0.1, 0.9}, {0.02, 0.18, 0.3, 0.5}};
        double[][] u = {{0.9, 0.08, 0.02}, {0.7, 0.3}, {0.85, 0.1, 0.04, 0.01}};
        double lambda = 0.2;
        int[] levels = {3, 2, 4};
        SplittableRandom random = new SplittableRandom(5);
        int n = 200_000;
        long[] patterns = new long[n];
        for (int i = 0; i < n; i++) {
            boolean match = random.nextDouble() < lambda;
            long pattern = 0;
            for (int c = 0; c < levels.length; c++) {
                pattern = Patterns.withLevel(pattern, c, draw(match ? m[c] : u[c], random));
            }
            patterns[i] = pattern;
        }
        PairBuffer buffer = new PairBuffer(n);
        for (long pattern : patterns) {
            buffer.add(0, 1, pattern);
        }
        Estimation.VectorCounts counts = Estimation.count(buffer);
        assertThat(Arrays.stream(counts.counts()).sum()).isEqualTo(n);
        boolean[] free = {true, true, true};
        Em em = new Em(counts.patterns(), counts.counts(), levels, u, Estimation.initialM(levels), 0.5, free, Em.Others.FIXED);
        em.run(500);
        assertThat(em.lambda).isCloseTo(lambda, within(0.01));
        for (int c = 0; c < levels.length; c++) {
            for (int l = 0; l < levels[c]; l++) {
                assertThat(em.m[c][l]).as("m[%d][%d]", c, l).isCloseTo(m[c][l], within(0.02));
            }
        }
    }

    @Test
    void a_session_leaves_out_the_comparisons_its_rule_blocks_on() {
        // comparison 0 agrees on every pair (blocked on); EM must still find comparison 1's m from the others
        double[] m1 = {0.1, 0.9};
        double[] u1 = {0.8, 0.2};
        SplittableRandom random = new SplittableRandom(9);
        PairBuffer buffer = new PairBuffer(10);
        for (int i = 0; i < 100_000; i++) {
            boolean match = random.nextDouble() < 0.3;
            long pattern = Patterns.withLevel(0, 0, 1);
            pattern = Patterns.withLevel(pattern, 1, draw(match ? m1 : u1, random));
            pattern = Patterns.withLevel(pattern, 2, draw(match ? new double[] {0.05, 0.95} : new double[] {0.9, 0.1}, random));
            buffer.add(0, 1, pattern);
        }
        var counts = Estimation.count(buffer);
        double[][] u = {{0.99, 0.01}, u1, {0.9, 0.1}};
        Em em = new Em(counts.patterns(), counts.counts(), new int[] {2, 2, 2}, u, Estimation.initialM(new int[] {2, 2, 2}), 0.5,
                new boolean[] {false, true, true}, Em.Others.IGNORED);
        em.run(500);
        assertThat(em.m[1][1]).isCloseTo(0.9, within(0.02));
        assertThat(em.lambda).isCloseTo(0.3, within(0.02));
    }

    @Test
    void u_by_random_sampling_matches_the_share_of_agreeing_pairs() {
        Records.Builder builder = new Records.Builder(java.util.List.of("sex"));
        for (int i = 0; i < 1_000; i++) {
            builder.add("r" + i, 0, i % 4 == 0 ? "F" : "M");
        }
        Records records = builder.build();
        Comparison.Prepared[] prepared = {new ExactComparison("sex", "sex", false).prepare(records)};
        double[][] u = Estimation.uByRandomSampling(records, prepared, new int[] {2}, 200_000, 1);
        // P(agree) = 0.25² + 0.75² = 0.625
        assertThat(u[0][1]).isCloseTo(0.625, within(0.01));
    }

    private static int draw(double[] p, SplittableRandom random) {
        double x = random.nextDouble();
        for (int i = 0; i < p.length; i++) {
            x -= p[i];
            if (x < 0) {
                return i;
            }
        }
        return p.length - 1;
    }
}
