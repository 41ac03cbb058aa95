package org.kirok.engine.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A hierarchical log-linear model for a k-list capture table: the main effect of every list plus
 * interaction terms, closed under subsets (a model with c1:c2:c3 has c1:c2, c1:c3 and c2:c3).
 * A term is a pattern of lists (bit i = list i); the intercept is implicit. The k-way term is
 * never allowed: with the all-absent cell unobserved it cannot be told apart from the estimate
 * (Fienberg, "The multiple recapture census for closed populations and incomplete 2^k contingency
 * tables", Biometrika 59(3), 1972).
 *
 * <p>Immutable and thread-safe; equal when the list count and the terms are equal.
 */
public final class LogLinearModel {

    /** Terms by order, then by the lists they join, lowest list first: c1:c2 before c1:c3 before c2:c3. */
    static final Comparator<Integer> TERM_ORDER = Comparator.<Integer>comparingInt(Integer::bitCount)
            .thenComparing(LogLinearModel::compareListByList);

    private final int listCount;
    private final int[] terms;

    private LogLinearModel(int listCount, TreeSet<Integer> terms) {
        this.listCount = listCount;
        this.terms = terms.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Main effects only: lists are independent. */
    public static LogLinearModel independence(int listCount) {
        return hierarchical(listCount, List.of());
    }

    /** Every interaction of at most {@code order} lists (order 2 = all two-way interactions). */
    public static LogLinearModel allInteractions(int listCount, int order) {
        requireListCount(listCount);
        if (order < 1 || order >= listCount) {
            throw new IllegalArgumentException(
                    "interaction order must lie in 1.." + (listCount - 1) + " for " + listCount + " lists, got " + order);
        }
        List<Integer> terms = IntStream.range(1, 1 << listCount)
                .filter(term -> Integer.bitCount(term) <= order).boxed().toList();
        return hierarchical(listCount, terms);
    }

    /** The smallest hierarchical model holding every main effect and the given terms. */
    public static LogLinearModel hierarchical(int listCount, Collection<Integer> interactions) {
        requireListCount(listCount);
        int full = (1 << listCount) - 1;
        TreeSet<Integer> closed = new TreeSet<>(TERM_ORDER);
        for (int list = 0; list < listCount; list++) {
            closed.add(1 << list);
        }
        for (int term : interactions) {
            if (term < 1 || term > full) {
                throw new IllegalArgumentException("term " + term + " does not name lists among " + listCount);
            }
            if (term == full) {
                throw new IllegalArgumentException("the " + listCount + "-way interaction of all lists cannot be"
                        + " estimated: it is confounded with the unobserved cell");
            }
            addWithSubsets(term, closed);
        }
        return new LogLinearModel(listCount, closed);
    }

    public int listCount() {
        return listCount;
    }

    /** Main effects then interactions, in {@link #TERM_ORDER}. */
    public int[] terms() {
        return terms.clone();
    }

    int term(int index) {
        return terms[index];
    }

    int termCount() {
        return terms.length;
    }

    /** Number of coefficients, intercept included. */
    public int parameterCount() {
        return terms.length + 1;
    }

    public boolean contains(int term) {
        return Arrays.stream(terms).anyMatch(candidate -> candidate == term);
    }

    /** Terms joining two or more lists. */
    public List<Integer> interactions() {
        return Arrays.stream(terms).filter(term -> Integer.bitCount(term) > 1).boxed().toList();
    }

    /** Interactions not contained in a larger term of the model: the ones a stepwise search may drop. */
    List<Integer> maximalInteractions() {
        return interactions().stream()
                .filter(term -> Arrays.stream(terms).noneMatch(other -> other != term && (other & term) == term))
                .toList();
    }

    /** This model plus one term whose sub-terms are all present already. */
    LogLinearModel with(int term) {
        List<Integer> extended = new ArrayList<>(interactions());
        extended.add(term);
        return hierarchical(listCount, extended);
    }

    /** This model without a maximal interaction. */
    LogLinearModel without(int term) {
        return hierarchical(listCount, interactions().stream().filter(other -> other != term).toList());
    }

    /** Main effects and interactions by name, e.g. "c1 + c2 + c3 + c1:c2". */
    public String describe(List<String> listNames) {
        if (listNames.size() != listCount) {
            throw new IllegalArgumentException(
                    "model has " + listCount + " lists, " + listNames.size() + " names given: " + listNames);
        }
        return Arrays.stream(terms).mapToObj(term -> termName(term, listNames)).collect(Collectors.joining(" + "));
    }

    /** A term by name, lists joined by colons: "c1:c2". */
    public static String termName(int term, List<String> listNames) {
        return IntStream.range(0, listNames.size()).filter(list -> (term >> list & 1) == 1)
                .mapToObj(listNames::get).collect(Collectors.joining(":"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogLinearModel model && listCount == model.listCount && Arrays.equals(terms, model.terms);
    }

    @Override
    public int hashCode() {
        return 31 * listCount + Arrays.hashCode(terms);
    }

    @Override
    public String toString() {
        return describe(IntStream.rangeClosed(1, listCount).mapToObj(list -> "c" + list).toList());
    }

    private static void addWithSubsets(int term, TreeSet<Integer> closed) {
        if (!closed.add(term)) {
            return;
        }
        for (int list = 0; list < Integer.SIZE; list++) {
            int without = term & ~(1 << list);
            if (without != term && without != 0) {
                addWithSubsets(without, closed);
            }
        }
    }

    private static int compareListByList(int left, int right) {
        int difference = left ^ right;
        if (difference == 0) {
            return 0;
        }
        // the lowest list where they differ decides: the term that has it comes first
        int lowest = Integer.numberOfTrailingZeros(difference);
        return (left >> lowest & 1) == 1 ? -1 : 1;
    }

    private static void requireListCount(int listCount) {
        if (listCount < CaptureTable.MIN_LISTS || listCount > CaptureTable.MAX_LISTS) {
            throw new IllegalArgumentException("a log-linear model needs " + CaptureTable.MIN_LISTS + " to "
                    + CaptureTable.MAX_LISTS + " lists, got " + listCount);
        }
    }
}
