package org.kirok.engine.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.kirok.engine.name.Syllables;

/**
 * The keys of a table, how many records bear each, and each key's neighbours one slip away — found
 * once per table and read by the blocking rule that brings mistyped names to the names they were
 * meant to be ({@link #correctionsWithinSurname}).
 *
 * <p>Neighbours are found without comparing all keys pairwise: keys one edit apart (Damerau) share
 * a key with one letter deleted (Wolf Garbe's symmetric-delete idea, as in SymSpell), and keys one
 * syllable apart share the key with that syllable blanked; each candidate is then checked with the
 * comparison's own test. Immutable once built.
 */
record NameNeighbours(Map<String, Integer> counts, Map<String, Set<String>> neighbours) {
    private static final char SEPARATOR = '\u001f';

    static NameNeighbours of(String[] keys, Function<String, List<String>> syllables, BiPredicate<String, String> slip) {
        Map<String, Integer> counts = TermFrequencies.counts(keys);
        Map<String, List<String>> byVariant = new HashMap<>();
        for (String key : counts.keySet()) {
            for (String variant : variants(key, syllables)) {
                byVariant.computeIfAbsent(variant, v -> new ArrayList<>(2)).add(key);
            }
        }
        Map<String, Set<String>> neighbours = new java.util.concurrent.ConcurrentHashMap<>();
        counts.keySet().parallelStream().forEach(key -> {
            Set<String> near = new HashSet<>();
            for (String variant : variants(key, syllables)) {
                for (String other : byVariant.get(variant)) {
                    if (!other.equals(key) && !near.contains(other) && slip.test(key, other)) {
                        near.add(other);
                    }
                }
            }
            neighbours.put(key, near);
        });
        return new NameNeighbours(counts, neighbours);
    }

    /** The neighbourhoods of a table's given names (keys as {@link KeyTransform#GIVEN}), found once per table. */
    static NameNeighbours ofGivenNames(Records records, int column) {
        return records.derivedForColumn(column, "given-name neighbourhoods",
                () -> of(givenKeys(records, column), Syllables::split, NameComparison::oneSlip));
    }

    /** Every record's given-name key, derived once per table (blocking rules on it share it). */
    static String[] givenKeys(Records records, int column) {
        var names = NameComparison.parsedNames(records, column);
        return records.derivedAt(column, KeyTransform.GIVEN.name(), String[]::new, i -> KeyTransform.GIVEN.applyToName(names[i]));
    }

    /** Every record's surname key, derived once per table. */
    static String[] surnameKeys(Records records, int column) {
        var names = NameComparison.parsedNames(records, column);
        return records.derivedAt(column, KeyTransform.SURNAME.name(), String[]::new,
                i -> KeyTransform.SURNAME.applyToName(names[i]));
    }

    /**
     * Per record, the given name its surname makes likeliest, for blocking mistyped names with the
     * names they were meant to be — a noisy-channel reading of the typo (Kernighan, Church &amp; Gale,
     * "A spelling correction program based on a noisy channel model", COLING 1990) with the table as
     * dictionary. Among a name and its neighbours borne by records of the same surname, the likeliest
     * is the one borne by the most records, then the one whose rarest syllable is commonest (a slip
     * tends to make a syllable nobody writes: 뮌, 볭), then the first in order; each name points to its
     * likeliest. A name that another name points to stays itself, so that two mentions of a person,
     * one mistyped and each borne once, meet on the likelier. Within a surname, not the whole table:
     * 이나 is 이남's typo where 이남 is common, though 나 beside 김 may be another name.
     */
    String[] correctionsWithinSurname(String[] surnames, String[] givens) {
        Map<String, Integer> bearers = new HashMap<>();
        Map<String, Integer> syllables = new HashMap<>();
        for (int i = 0; i < givens.length; i++) {
            if (!givens[i].isEmpty()) {
                bearers.merge(surnames[i] + SEPARATOR + givens[i], 1, Integer::sum);
                for (String syllable : Syllables.split(givens[i])) {
                    syllables.merge(syllable, 1, Integer::sum);
                }
            }
        }
        Map<String, String> likeliest = new HashMap<>();
        for (String full : bearers.keySet()) {
            int split = full.indexOf(SEPARATOR);
            String surname = full.substring(0, split);
            String best = full.substring(split + 1);
            for (String other : neighbours.get(full.substring(split + 1))) {
                if (bearers.containsKey(surname + SEPARATOR + other) && likelier(surname, other, best, bearers, syllables)) {
                    best = other;
                }
            }
            likeliest.put(full, best);
        }
        Set<String> pointedTo = new HashSet<>();
        likeliest.forEach((full, best) -> {
            String surname = full.substring(0, full.indexOf(SEPARATOR));
            if (!full.equals(surname + SEPARATOR + best)) {
                pointedTo.add(surname + SEPARATOR + best);
            }
        });
        String[] corrected = new String[givens.length];
        for (int i = 0; i < givens.length; i++) {
            String full = surnames[i] + SEPARATOR + givens[i];
            corrected[i] = givens[i].isEmpty() || pointedTo.contains(full) ? givens[i] : likeliest.get(full);
        }
        return corrected;
    }

    /** Whether given name a is likelier than b beside this surname: more bearers, a commoner rarest syllable, order. */
    private static boolean likelier(String surname, String a, String b, Map<String, Integer> bearers,
            Map<String, Integer> syllables) {
        int byBearers = Integer.compare(bearers.get(surname + SEPARATOR + a), bearers.get(surname + SEPARATOR + b));
        if (byBearers != 0) {
            return byBearers > 0;
        }
        int bySyllables = Integer.compare(rarestSyllable(a, syllables), rarestSyllable(b, syllables));
        return bySyllables != 0 ? bySyllables > 0 : a.compareTo(b) < 0;
    }

    private static int rarestSyllable(String key, Map<String, Integer> syllables) {
        int rarest = Integer.MAX_VALUE;
        for (String syllable : Syllables.split(key)) {
            rarest = Math.min(rarest, syllables.getOrDefault(syllable, 0));
        }
        return rarest;
    }

    /** The key itself, the key with each letter deleted, and the key with each syllable blanked. */
    private static Set<String> variants(String key, Function<String, List<String>> syllables) {
        Set<String> variants = new HashSet<>();
        variants.add(key);
        for (int i = 0; i < key.length(); i++) {
            variants.add(key.substring(0, i) + key.substring(i + 1));
        }
        List<String> parts = syllables.apply(key);
        for (int i = 0; i < parts.size(); i++) {
            StringBuilder blanked = new StringBuilder("\u0000");
            for (int j = 0; j < parts.size(); j++) {
                blanked.append(j == i ? "*" : parts.get(j)).append('.');
            }
            variants.add(blanked.toString());
        }
        return variants;
    }
}
