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
    private SlipFrequencies() {
    }

    /**
     * @param keys      each record's key; "" when missing
     * @param syllables how a key splits into syllables, for neighbours one syllable apart
     * @param slip      whether two distinct keys are one typo apart
     * @return per record, the share of records with a key one slip from its key; NaN where the key is empty
     */
    static double[] of(String[] keys, Function<String, List<String>> syllables, BiPredicate<String, String> slip) {
        Map<String, Integer> counts = new HashMap<>();
        int present = 0;
        for (String key : keys) {
            if (!key.isEmpty()) {
                counts.merge(key, 1, Integer::sum);
                present++;
            }
        }
        Map<String, List<String>> byVariant = new HashMap<>();
        for (String key : counts.keySet()) {
            for (String variant : variants(key, syllables)) {
                byVariant.computeIfAbsent(variant, v -> new ArrayList<>(2)).add(key);
            }
        }
        Map<String, Double> frequencyOfKey = new HashMap<>();
        for (String key : counts.keySet()) {
            Set<String> neighbours = new HashSet<>();
            for (String variant : variants(key, syllables)) {
                for (String other : byVariant.get(variant)) {
                    if (!other.equals(key) && !neighbours.contains(other) && slip.test(key, other)) {
                        neighbours.add(other);
                    }
                }
            }
            long records = 0;
            for (String neighbour : neighbours) {
                records += counts.get(neighbour);
            }
            frequencyOfKey.put(key, present == 0 ? 0 : records / (double) present);
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
        Map<String, Integer> counts = new HashMap<>();
        for (String key : keys) {
            if (!key.isEmpty()) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        Map<String, List<String>> byVariant = new HashMap<>();
        for (String key : counts.keySet()) {
            for (String variant : variants(key, syllables)) {
                byVariant.computeIfAbsent(variant, v -> new ArrayList<>(2)).add(key);
            }
        }
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<String, String> corrected = new HashMap<>();
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            String key = entry.getKey();
            int own = entry.getValue();
            if ((long) own * ratio > most) {
                continue;
            }
            String best = null;
            int bestCount = 0;
            for (String variant : variants(key, syllables)) {
                for (String other : byVariant.get(variant)) {
                    int count = counts.get(other);
                    boolean better = count > bestCount || (count == bestCount && best != null && other.compareTo(best) < 0);
                    if (better && !other.equals(key) && slip.test(key, other)) {
                        best = other;
                        bestCount = count;
                    }
                }
            }
            if (best != null && bestCount >= minimum && bestCount >= (long) own * ratio) {
                corrected.put(key, best);
            }
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
