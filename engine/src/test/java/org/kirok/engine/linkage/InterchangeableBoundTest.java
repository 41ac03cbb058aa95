package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InterchangeableBoundTest {
    @Test
    void distinguishable_records_allow_a_perfect_score() {
        String[] truth = {"a", "a", "b", "c", "c", "c"};
        PairwiseQuality bound = InterchangeableBound.best(new int[] {0, 1, 2, 3, 4, 5}, truth);
        assertThat(bound.f1()).isEqualTo(1.0);
        assertThat(bound.truePairs()).isEqualTo(4);
    }

    @Test
    void two_namesakes_with_nothing_to_tell_them_apart_cost_what_the_literal_case_says() {
        // one class of four records: two persons of two mentions each; 2 true pairs among 6.
        // Predicting all 6 pairs: P 1/3, R 1, F1 0.5; predicting none: F1 0.
        String[] truth = {"p", "p", "q", "q"};
        PairwiseQuality bound = InterchangeableBound.best(new int[] {7, 7, 7, 7}, truth);
        assertThat(bound.truePositives()).isEqualTo(2);
        assertThat(bound.predictedPairs()).isEqualTo(6);
        assertThat(bound.f1()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void the_bound_is_the_best_choice_of_whole_blocks_found_by_brute_force() {
        SplittableRandom random = new SplittableRandom(20261123);
        for (int round = 0; round < 300; round++) {
            int n = 2 + random.nextInt(9);
            int[] signatures = new int[n];
            String[] truth = new String[n];
            for (int i = 0; i < n; i++) {
                signatures[i] = random.nextInt(1 + random.nextInt(4));
                truth[i] = "e" + random.nextInt(1 + random.nextInt(5));
            }
            assertThat(InterchangeableBound.best(signatures, truth).f1()).as("round %d", round)
                    .isCloseTo(bruteForce(signatures, truth), within(1e-12));
        }
    }

    @Test
    void rejects_a_truth_of_another_length_with_both_lengths() {
        assertThatThrownBy(() -> InterchangeableBound.best(new int[] {1, 2}, new String[] {"a"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2").hasMessageContaining("1 records");
    }

    /** Every subset of blocks (class × class, true pairs or not) predicted, the best F1 kept. */
    private static double bruteForce(int[] signatures, String[] truth) {
        Map<Long, long[]> blocks = new HashMap<>(); // block → {true pairs, pairs}
        long truePairs = 0;
        for (int a = 0; a < signatures.length; a++) {
            for (int b = a + 1; b < signatures.length; b++) {
                long key = ((long) Math.min(signatures[a], signatures[b]) << 32) | Math.max(signatures[a], signatures[b]);
                long[] counts = blocks.computeIfAbsent(key, k -> new long[2]);
                boolean same = truth[a].equals(truth[b]);
                counts[0] += same ? 1 : 0;
                counts[1]++;
                truePairs += same ? 1 : 0;
            }
        }
        List<long[]> list = new ArrayList<>(blocks.values());
        double best = 0;
        for (int mask = 0; mask < 1 << list.size(); mask++) {
            long tp = 0;
            long predicted = 0;
            for (int k = 0; k < list.size(); k++) {
                if ((mask & 1 << k) != 0) {
                    tp += list.get(k)[0];
                    predicted += list.get(k)[1];
                }
            }
            best = Math.max(best, new PairwiseQuality(tp, predicted, truePairs).f1());
        }
        return best;
    }
}
