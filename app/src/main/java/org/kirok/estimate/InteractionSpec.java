package org.kirok.estimate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kirok.engine.estimate.LogLinearModel;

/**
 * The {@code --interactions} option: interaction terms such as {@code c1:c2,c2:c3} (lists by name,
 * or as c1 … ck by position, as in Rcapture), {@code all2} … for every interaction up to that
 * order, or {@code none} for independence. Terms are closed under subsets so the model stays
 * hierarchical; the terms added that way are reported.
 */
record InteractionSpec(LogLinearModel model, List<String> notes) {

    private static final Pattern ALL = Pattern.compile("all(\\d{1,2})");
    private static final Pattern POSITIONAL = Pattern.compile("c(\\d{1,2})");

    InteractionSpec {
        notes = List.copyOf(notes);
    }

    static InteractionSpec parse(String spec, List<String> lists) {
        String trimmed = spec.strip().toLowerCase(Locale.ROOT);
        int listCount = lists.size();
        if (trimmed.equals("none") || trimmed.equals("independence")) {
            return new InteractionSpec(LogLinearModel.independence(listCount), List.of());
        }
        Matcher all = ALL.matcher(trimmed);
        if (all.matches()) {
            int order = Integer.parseInt(all.group(1));
            if (order < 2 || order >= listCount) {
                throw new IllegalArgumentException("--interactions " + spec.strip() + ": with " + listCount
                        + " lists the order must lie in 2.." + (listCount - 1));
            }
            return new InteractionSpec(LogLinearModel.allInteractions(listCount, order), List.of());
        }
        Set<Integer> terms = new LinkedHashSet<>();
        for (String rawTerm : spec.split(",")) {
            terms.add(term(rawTerm.strip(), lists, spec));
        }
        LogLinearModel model = LogLinearModel.hierarchical(listCount, terms);
        List<String> added = model.interactions().stream().filter(term -> !terms.contains(term))
                .map(term -> LogLinearModel.termName(term, lists)).toList();
        List<String> notes = added.isEmpty() ? List.of() : List.of("added " + String.join(", ", added)
                + " so that every interaction has its lower-order terms (hierarchical model)");
        return new InteractionSpec(model, notes);
    }

    private static int term(String rawTerm, List<String> lists, String spec) {
        if (rawTerm.isEmpty()) {
            throw new IllegalArgumentException("--interactions " + spec + ": empty term; separate terms with commas,"
                    + " lists within a term with colons, e.g. c1:c2,c2:c3");
        }
        String[] names = rawTerm.split(":");
        if (names.length < 2) {
            throw new IllegalArgumentException("--interactions: '" + rawTerm + "' is a single list; main effects are"
                    + " always in the model, interactions join two or more lists, e.g. c1:c2");
        }
        int term = 0;
        for (String name : names) {
            int bit = 1 << index(name.strip(), lists);
            if ((term & bit) != 0) {
                throw new IllegalArgumentException("--interactions: '" + rawTerm + "' names list '" + name.strip() + "' twice");
            }
            term |= bit;
        }
        if (term == (1 << lists.size()) - 1) {
            throw new IllegalArgumentException("--interactions: '" + rawTerm + "' joins all " + lists.size()
                    + " lists; that term is confounded with the unobserved cell and cannot be estimated");
        }
        return term;
    }

    /** A list by exact name, then by name ignoring case, then as c1 … ck by position. */
    private static int index(String name, List<String> lists) {
        int exact = lists.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        for (int list = 0; list < lists.size(); list++) {
            if (lists.get(list).equalsIgnoreCase(name)) {
                return list;
            }
        }
        Matcher positional = POSITIONAL.matcher(name.toLowerCase(Locale.ROOT));
        Optional<Integer> position = positional.matches() ? Optional.of(Integer.parseInt(positional.group(1))) : Optional.empty();
        if (position.isPresent() && position.get() >= 1 && position.get() <= lists.size()) {
            return position.get() - 1;
        }
        throw new IllegalArgumentException("--interactions: unknown list '" + name + "'; the lists are "
                + String.join(", ", lists) + " (or c1 .. c" + lists.size() + " by position)");
    }
}
