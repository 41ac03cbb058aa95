package org.kirok.engine.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * How often a record's value has a neighbour one slip away: the share of records whose key differs
 * from it by one typo. It is the term-frequency adjustment (see {@link TermFrequencies}) carried
 * over from the exact level to the "one typo" level, after Winkler's frequency-based matching
 * ("Frequency-based matching in Fellegi–Sunter model of record linkage", ASA Proceedings, 2000):
 * the chance that a random record falls one typo from 박협삼 is what u of that level measures for
 * this pair, and it is tiny for a rare name in a sparse part of the name space but large for 영철,
 * which has dozens of real names one jamo away. Without it a typo weighs the same for both, so a
 * mistyped rare name — the oracle's easiest case — stays unlinked.
 *
 * <p>Neighbours are found without comparing all keys pairwise: keys one edit apart (Damerau) share
 * a key with one letter deleted (Wolf Garbe's symmetric-delete idea, as in SymSpell), and keys one
 * syllable apart share the key with that syllable blanked; each candidate is then checked with the
 * comparison's own test. Thread-safe, stateless.
 */
final class SlipFrequencies {
    /**
     * The keys of a table, their counts and each key's neighbours one slip away, found once: the
     * typo level's frequencies and the blocking corrections both read them.
     */
    record Neighbourhoods(Map<String, Integer> counts, Map<String, Set<String>> neighbours) {
        static Neighbourhoods of(String[] keys, Function<String, List<String>> syllables, BiPredicate<String, String> slip) {
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
            return new Neighbourhoods(counts, neighbours);
        }

        /** Per record, the share of records with a key one slip from its key; NaN where the key is empty. */
        double[] frequencies(String[] keys) {
            int present = counts.values().stream().mapToInt(Integer::intValue).sum();
            double[] frequencies = new double[keys.length];
            for (int i = 0; i < keys.length; i++) {
                frequencies[i] = keys[i].isEmpty() ? Double.NaN
                        : neighbours.get(keys[i]).stream().mapToLong(counts::get).sum() / (double) present;
            }
            return frequencies;
        }

        /** See {@link SlipFrequencies#corrections}. */
        Map<String, String> corrections(int ratio, int minimum) {
            int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            Map<String, String> corrected = new HashMap<>();
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                long needed = Math.max(minimum, (long) entry.getValue() * ratio);
                if (needed > most) {
                    continue;
                }
                // the most common neighbour, ties to the first in order: the same reading in every run
                neighbours.get(entry.getKey()).stream()
                        .filter(other -> counts.get(other) >= needed)
                        .min(java.util.Comparator.comparingInt((String other) -> -counts.get(other))
                                .thenComparing(java.util.Comparator.naturalOrder()))
                        .ifPresent(best -> corrected.put(entry.getKey(), best));
            }
            return corrected;
        }
    }

    private SlipFrequencies() {
    }

    /** The neighbourhoods of a table's given names (keys as {@link KeyTransform#GIVEN}), found once per table. */
    static Neighbourhoods ofGivenNames(Records records, int column) {
        return records.derivedForColumn(column, "given-name neighbourhoods",
                () -> Neighbourhoods.of(givenKeys(records, column), org.kirok.engine.name.Syllables::split,
                        NameComparison::oneSlip));
    }

    /** Every record's given-name key, derived once per table (blocking rules on it share it). */
    static String[] givenKeys(Records records, int column) {
        var names = NameComparison.parsedNames(records, column);
        return records.derivedAt(column, KeyTransform.GIVEN.name(), String[]::new, i -> KeyTransform.GIVEN.applyToName(names[i]));
    }

    /**
     * @param keys      each record's key; "" when missing
     * @param syllables how a key splits into syllables, for neighbours one syllable apart
     * @param slip      whether two distinct keys are one typo apart
     * @return per record, the share of records with a key one slip from its key; NaN where the key is empty
     */
    static double[] of(String[] keys, Function<String, List<String>> syllables, BiPredicate<String, String> slip) {
        return Neighbourhoods.of(keys, syllables, slip).frequencies(keys);
    }

    /**
     * The likely intended spelling of each rare key: a key borne by few records whose most common
     * neighbour one slip away is borne by at least {@code ratio} times as many (and by {@code minimum}
     * or more) maps to that neighbour — a noisy-channel reading of the typo (Kernighan, Church &amp;
     * Gale, "A spelling correction program based on a noisy channel model", COLING 1990): one slip
     * from a name many bear is likelier than a name nobody else bears. Other keys map to themselves.
     */
    static Map<String, String> corrections(String[] keys, Function<String, List<String>> syllables,
            BiPredicate<String, String> slip, int ratio, int minimum) {
        return Neighbourhoods.of(keys, syllables, slip).corrections(ratio, minimum);
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
