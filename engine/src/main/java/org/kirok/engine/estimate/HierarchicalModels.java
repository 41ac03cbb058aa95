package org.kirok.engine.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every hierarchical log-linear model with all main effects and without the k-way term, for a
 * small number of lists: 1 for two lists, 8 for three, 113 for four and 6,893 for five. A term
 * may join the model only when all its sub-terms are already in it, so walking the interactions
 * from low to high order and branching on in/out enumerates each model once.
 */
final class HierarchicalModels {

    /** Beyond five lists the number of models explodes (millions for six); searches go stepwise. */
    static final int MAX_LISTS = 5;

    private HierarchicalModels() {
    }

    static List<LogLinearModel> all(int listCount) {
        if (listCount < CaptureTable.MIN_LISTS || listCount > MAX_LISTS) {
            throw new IllegalArgumentException("exhaustive enumeration covers " + CaptureTable.MIN_LISTS + " to "
                    + MAX_LISTS + " lists, got " + listCount);
        }
        int full = (1 << listCount) - 1;
        int[] candidates = IntStream.range(1, full).filter(term -> Integer.bitCount(term) >= 2).boxed()
                .sorted(LogLinearModel.TERM_ORDER).mapToInt(Integer::intValue).toArray();
        boolean[] included = new boolean[full + 1];
        for (int list = 0; list < listCount; list++) {
            included[1 << list] = true;
        }
        List<LogLinearModel> models = new ArrayList<>();
        enumerate(listCount, candidates, 0, included, new ArrayList<>(), models);
        return models;
    }

    private static void enumerate(int listCount, int[] candidates, int next, boolean[] included,
                                  List<Integer> chosen, List<LogLinearModel> models) {
        if (next == candidates.length) {
            models.add(LogLinearModel.hierarchical(listCount, chosen));
            return;
        }
        enumerate(listCount, candidates, next + 1, included, chosen, models);
        int term = candidates[next];
        if (subTermsPresent(term, included)) {
            included[term] = true;
            chosen.add(term);
            enumerate(listCount, candidates, next + 1, included, chosen, models);
            chosen.removeLast();
            included[term] = false;
        }
    }

    static boolean subTermsPresent(int term, boolean[] included) {
        for (int rest = term; rest != 0; rest &= rest - 1) {
            if (!included[term & ~Integer.lowestOneBit(rest)]) {
                return false;
            }
        }
        return true;
    }
}
