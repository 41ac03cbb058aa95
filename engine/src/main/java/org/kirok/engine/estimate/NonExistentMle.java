package org.kirok.engine.estimate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a log-linear model has no maximum likelihood estimate on a table: the zero cells leave
 * {@code terms} free to run to −∞. {@code zeroMargins} says the simplest cause — nobody is on all
 * the lists of those terms at once — as opposed to a subtler arrangement of zero cells.
 */
record NonExistentMle(List<Integer> terms, boolean zeroMargins) {

    NonExistentMle {
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a non-existent MLE involves at least one term");
        }
    }

    String describe(List<String> listNames) {
        String names = terms.stream().map(term -> LogLinearModel.termName(term, listNames))
                .collect(Collectors.joining(", "));
        if (zeroMargins) {
            return "no maximum likelihood estimate: nobody is recorded on all the lists of " + names
                    + " together, so " + (terms.size() == 1 ? "that term is" : "those terms are")
                    + " unidentifiable; drop " + (terms.size() == 1 ? "it" : "them") + " or merge lists";
        }
        return "no maximum likelihood estimate: the zero cells of the table leave terms " + names
                + " unidentifiable; simplify the model or merge lists";
    }
}
