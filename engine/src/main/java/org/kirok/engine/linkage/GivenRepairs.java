package org.kirok.engine.linkage;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.kirok.engine.name.KoreanPhonetic;
import org.kirok.engine.name.ParsedName;

/**
 * Romanized given names read back through one slip of the keyboard: a letter typed twice or two
 * letters swapped ("Ryeno" for "Ryeon", "Chnuhyong" for "Chunhyong"). Such a slip in the spelling
 * can move the phonetic key by more than one letter once vowels are folded (celyeno against celyon),
 * so it is undone on the spelling, before folding: each letter deleted and each two neighbours
 * swapped, each variant keyed again. A name borne by no other record of its surname whose variant is
 * a name that other records of that surname bear is read as that name (the most common; ties by
 * order) — Damerau's single-error model ("A technique for computer detection and correction of
 * spelling errors", CACM 7(3), 1964) with the table as dictionary, in the noisy-channel reading of
 * Kernighan, Church &amp; Gale (1990). Hangul names need none of this: a slip there is one jamo, which
 * the given-name comparison sees as it is. (A dropped letter would need every letter tried in every
 * place: twenty times the work for 0.0004 of F1 on the Korean set.) Thread-safe, stateless.
 */
final class GivenRepairs {
    private GivenRepairs() {
    }

    /**
     * Per record, its given-name key as repaired, or the key itself where there is nothing to repair
     * (a name others bear, Hangul, no variant that others bear); "" where there is no given name.
     */
    static String[] of(Records records, int column) {
        return records.derivedForColumn(column, "repaired given names", () -> compute(records, column));
    }

    private static String[] compute(Records records, int column) {
        ParsedName[] names = NameComparison.parsedNames(records, column);
        String[] surnames = NameNeighbours.surnameKeys(records, column);
        String[] givens = NameNeighbours.givenKeys(records, column);
        Map<String, Integer> bearers = new HashMap<>();
        for (int i = 0; i < givens.length; i++) {
            if (!givens[i].isEmpty()) {
                bearers.merge(full(surnames[i], givens[i]), 1, Integer::sum);
            }
        }
        String[] repaired = new String[givens.length];
        IntStream.range(0, givens.length).parallel().forEach(i -> {
            String given = givens[i];
            boolean repairable = !given.isEmpty() && names[i].givenJamo().isEmpty() && !names[i].givenSpelling().isEmpty()
                    && bearers.get(full(surnames[i], given)) == 1;
            repaired[i] = repairable ? repair(surnames[i], given, names[i].givenSpelling(), bearers) : given;
        });
        return repaired;
    }

    private static String repair(String surname, String given, String spelling, Map<String, Integer> bearers) {
        Best best = new Best(surname, given, bearers);
        StringBuilder variant = new StringBuilder(spelling.length());
        for (int i = 0; i < spelling.length(); i++) {
            variant.setLength(0);
            variant.append(spelling, 0, i).append(spelling, i + 1, spelling.length());
            best.consider(variant);
            if (i + 1 < spelling.length() && spelling.charAt(i) != spelling.charAt(i + 1)) {
                variant.setLength(0);
                variant.append(spelling, 0, i).append(spelling.charAt(i + 1)).append(spelling.charAt(i))
                        .append(spelling, i + 2, spelling.length());
                best.consider(variant);
            }
        }
        return best.key;
    }

    /** The likeliest reading so far: the variant most records of the surname bear, ties to the first key in order. */
    private static final class Best {
        private final String surname;
        private final String given;
        private final Map<String, Integer> bearers;
        String key;
        int count;

        Best(String surname, String given, Map<String, Integer> bearers) {
            this.surname = surname;
            this.given = given;
            this.bearers = bearers;
            this.key = given;
        }

        void consider(CharSequence variant) {
            String candidate = KoreanPhonetic.key(variant.toString());
            int bearing = candidate.equals(given) || candidate.isEmpty() ? 0 : bearers.getOrDefault(full(surname, candidate), 0);
            if (bearing > count || (bearing == count && bearing > 0 && candidate.compareTo(key) < 0)) {
                key = candidate;
                count = bearing;
            }
        }
    }

    private static String full(String surname, String given) {
        return surname + '\u001f' + given;
    }
}
