package org.kirok.engine.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An upper bound on the pairwise F1 any linker can reach when records with the same observable
 * signature are interchangeable: nothing a linker sees tells them apart, so (after a random
 * relabelling, which changes no expected score) it predicts every pair between two signature
 * classes with one probability. Expected F1 ≈ 2·TP / (predicted + true pairs) is then a
 * linear-fractional function of one inclusion probability per block of pairs (class × class),
 * so its maximum lies at a vertex — each block all in or all out — and, by Dinkelbach's argument
 * ("On nonlinear fractional programming", Management Science 13(7), 1967), at a threshold on the
 * block's share of true pairs: sorting blocks by that share and sweeping the prefixes finds it.
 * Strictly, what is bounded is F1 computed from expected counts over the relabellings, which the
 * realized F1 of one linker on one data set matches only up to sampling noise (small on large sets).
 * Transitivity is not required of the predicted pairs, which can only raise the bound. The bound
 * is only as strict as the signature is fine: it must keep every observed difference that could
 * carry evidence. Thread-safe, stateless.
 */
public final class InterchangeableBound {
    private InterchangeableBound() {
    }

    /**
     * @param signatures each record's signature class (any int labels)
     * @param truth      each record's true entity
     * @return the counts at the best F1: true positives, predicted pairs and true pairs
     */
    public static PairwiseQuality best(int[] signatures, String[] truth) {
        Objects.requireNonNull(truth, "truth");
        if (signatures.length != truth.length) {
            throw new IllegalArgumentException("need one signature per record: " + signatures.length + " for "
                    + truth.length + " records");
        }
        Map<Integer, Long> classSize = new HashMap<>();
        Map<String, Map<Integer, Long>> cellsOfEntity = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            classSize.merge(signatures[i], 1L, Long::sum);
            cellsOfEntity.computeIfAbsent(truth[i], e -> new HashMap<>()).merge(signatures[i], 1L, Long::sum);
        }
        Map<Long, Long> truePairsOfBlock = new HashMap<>();
        long truePairs = 0;
        for (Map<Integer, Long> cells : cellsOfEntity.values()) {
            List<Map.Entry<Integer, Long>> list = new ArrayList<>(cells.entrySet());
            long size = 0;
            for (int a = 0; a < list.size(); a++) {
                long countA = list.get(a).getValue();
                size += countA;
                truePairsOfBlock.merge(block(list.get(a).getKey(), list.get(a).getKey()), countA * (countA - 1) / 2, Long::sum);
                for (int b = a + 1; b < list.size(); b++) {
                    truePairsOfBlock.merge(block(list.get(a).getKey(), list.get(b).getKey()), countA * list.get(b).getValue(),
                            Long::sum);
                }
            }
            truePairs += size * (size - 1) / 2;
        }
        List<long[]> blocks = new ArrayList<>();
        for (Map.Entry<Long, Long> entry : truePairsOfBlock.entrySet()) {
            if (entry.getValue() == 0) {
                continue; // a class's own block when no entity has two records in it: never worth predicting
            }
            int a = (int) (entry.getKey() >> 32);
            int b = (int) (long) entry.getKey();
            long pairs = a == b ? classSize.get(a) * (classSize.get(a) - 1) / 2 : classSize.get(a) * classSize.get(b);
            blocks.add(new long[] {entry.getValue(), pairs});
        }
        // by share of true pairs, highest first (cross-multiplied: exact in longs for these sizes)
        blocks.sort((x, y) -> Long.compare(y[0] * x[1], x[0] * y[1]));
        long tp = 0;
        long predicted = 0;
        PairwiseQuality best = new PairwiseQuality(0, 0, truePairs);
        for (long[] block : blocks) {
            tp += block[0];
            predicted += block[1];
            PairwiseQuality candidate = new PairwiseQuality(tp, predicted, truePairs);
            if (candidate.f1() > best.f1()) {
                best = candidate;
            }
        }
        return best;
    }

    private static long block(int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return ((long) low << 32) | (high & 0xFFFFFFFFL);
    }
}
