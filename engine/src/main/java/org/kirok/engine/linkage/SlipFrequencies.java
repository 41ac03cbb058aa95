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
    /** The keys of a table with their counts, indexed by their variants. */
    private record Index(Map<String, Integer> counts, Map<String, List<String>> byVariant,
            Function<String, List<String>> syllables, BiPredicate<String, String> slip) {
        static Index of(String[] keys, Function<String, List<String>> syllables, BiPredicate<String, String> slip) {
            Map<String, Integer> counts = TermFrequencies.counts(keys);
            Map<String, List<String>> byVariant = new HashMap<>();
            for (String key : counts.keySet()) {
                for (String variant : variants(key, syllables)) {
                    byVariant.computeIfAbsent(variant, v -> new ArrayList<>(2)).add(key);
                }
            }
            return new Index(counts, byVariant, syllables, slip);
        }

        /** The other keys of the table one slip from {@code key}. */
        Set<String> neighbours(String key) {
            Set<String> neighbours = new HashSet<>();
            for (String variant : variants(key, syllables)) {
                for (String other : byVariant.get(variant)) {
                    if (!other.equals(key) && !neighbours.contains(other) && slip.test(key, other)) {
                        neighbours.add(other);
                    }
                }
            }
            return neighbours;
        }
    }

    private SlipFrequencies() {
    }

    /**
     * @param keys      each record's key; "" when missing
     * @param syllables how a key splits into syllables, for neighbours one syllable apart
     * @param slip      whether two distinct keys are one typo apart
     * @return per record, the share of records with a key one slip from its key; NaN where the key is empty
     */
    static double[] of(String[] keys, Function<String, List<String>> syllables, BiPredicate<String, String> slip) {
        Index index = Index.of(keys, syllables, slip);
        int present = index.counts().values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Double> frequencyOfKey = new HashMap<>();
        for (String key : index.counts().keySet()) {
            long records = index.neighbours(key).stream().mapToLong(index.counts()::get).sum();
            frequencyOfKey.put(key, records / (double) present);
        }
        double[] frequencies = new double[keys.length];
        for (int i = 0; i < keys.length; i++) {
            frequencies[i] = keys[i].isEmpty() ? Double.NaN : frequencyOfKey.get(keys[i]);
        }
        return frequencies;
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
        Index index = Index.of(keys, syllables, slip);
        Map<String, Integer> counts = index.counts();
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<String, String> corrected = new HashMap<>();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            long needed = Math.max(minimum, (long) entry.getValue() * ratio);
            if (needed > most) {
                continue;
            }
            // the most common neighbour, ties to the first in order: the same reading in every run
            index.neighbours(entry.getKey()).stream()
                    .filter(other -> counts.get(other) >= needed)
                    .min(java.util.Comparator.comparingInt((String other) -> -counts.get(other))
                            .thenComparing(java.util.Comparator.naturalOrder()))
                    .ifPresent(best -> corrected.put(entry.getKey(), best));
        }
        return corrected;
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
