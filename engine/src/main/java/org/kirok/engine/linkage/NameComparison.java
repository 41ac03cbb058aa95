package org.kirok.engine.linkage;

import java.util.List;
import java.util.Objects;
import org.kirok.engine.name.KoreanPhonetic;
import org.kirok.engine.name.NameParser;
import org.kirok.engine.name.ParsedName;
import org.kirok.engine.name.Syllables;
import org.kirok.engine.name.VowelRuns;

/**
 * Compares the surname or the given name of person names in any script, system and order, on the
 * phonetic keys of {@link org.kirok.engine.name.NameKeys}: 김영철 and "Kim Yong Chol" agree exactly.
 * When two names read better with surname and given name swapped (one was misread for its order)
 * they are compared swapped. Given names written in Hangul on both sides are also compared jamo by
 * jamo, so 영철/연철 is one typo, not a different syllable; and a key shared by spellings whose vowels
 * cannot be the same ({@link VowelRuns}: 영철 / "Yongchol" in the Revised Romanization) counts as
 * one typo too, not the same sound.
 */
public record NameComparison(String name, String column, Part part, boolean termFrequencies) implements Comparison {
    /** Which part of the name this comparison looks at. */
    public enum Part { SURNAME, GIVEN }

    private static final double SWAP_MARGIN = 0.3;
    private static final int ONE_TYPO = 2;

    public NameComparison {
        Settings.requireName(name, "comparison");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(part, "part");
    }

    @Override
    public List<String> columns() {
        return List.of(column);
    }

    @Override
    public List<String> levelLabels() {
        return part == Part.SURNAME
                ? List.of("different", "similar", "same sound")
                : List.of("different", "similar", "one typo", "same sound");
    }

    @Override
    public Prepared prepare(Records records) {
        int index = records.requireColumn(column);
        int n = records.size();
        String[] surnames = new String[n];
        String[] givens = new String[n];
        String[] jamo = new String[n];
        String[] spellings = new String[n];
        ParsedName[] names = parsedNames(records, index);
        for (int i = 0; i < n; i++) {
            ParsedName parsed = names[i];
            if (parsed.korean()) {
                surnames[i] = parsed.surnameKey();
                givens[i] = parsed.givenKey();
            } else {
                List<String> tokens = parsed.tokens();
                surnames[i] = tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
                givens[i] = tokens.size() < 2 ? "" : String.join(" ", tokens.subList(0, tokens.size() - 1));
            }
            jamo[i] = parsed.givenJamo();
            spellings[i] = parsed.givenSpelling();
        }
        double[] frequencies = termFrequencies ? TermFrequencies.of(part == Part.SURNAME ? surnames : givens) : null;
        double[] slips = termFrequencies && part == Part.GIVEN
                ? SlipFrequencies.ofGivenNames(records, index).frequencies(givens) : null;
        return new Prepared() {
            @Override
            public int level(int left, int right) {
                boolean swap = swapped(surnames[left], givens[left], surnames[right], givens[right]);
                String a = part == Part.SURNAME ? surnames[left] : givens[left];
                String b = part == Part.SURNAME ? (swap ? givens[right] : surnames[right]) : (swap ? surnames[right] : givens[right]);
                if (a.isEmpty() || b.isEmpty()) {
                    return MISSING;
                }
                return part == Part.SURNAME ? surnameLevel(a, b) : givenLevel(a, b, swap ? "" : jamo[left], swap ? "" : jamo[right],
                        swap ? "" : spellings[left], swap ? "" : spellings[right]);
            }

            @Override
            public double termFrequency(int record) {
                return frequencies == null ? Double.NaN : frequencies[record];
            }

            @Override
            public double levelFrequency(int left, int right, int level) {
                // a typo within one key (a vowel Hangul keeps apart) has no neighbourhood to count
                if (slips == null || level != ONE_TYPO || givens[left].equals(givens[right])
                        || swapped(surnames[left], givens[left], surnames[right], givens[right])) {
                    return Double.NaN;
                }
                return Math.max(slips[left], slips[right]);
            }

            @Override
            public String shown(int record) {
                return part == Part.SURNAME ? surnames[record] : givens[record];
            }
        };
    }

    /** Every record's parsed name, parsed once per table. */
    static ParsedName[] parsedNames(Records records, int column) {
        return records.derived(column, "parsed name", ParsedName[]::new, NameParser::parse);
    }

    static boolean swapped(String leftSurname, String leftGiven, String rightSurname, String rightGiven) {
        if (leftSurname.equals(rightSurname) || leftGiven.equals(rightGiven)) {
            return false;
        }
        double direct = JaroWinkler.similarity(leftSurname, rightSurname) + JaroWinkler.similarity(leftGiven, rightGiven);
        double crossed = JaroWinkler.similarity(leftSurname, rightGiven) + JaroWinkler.similarity(leftGiven, rightSurname);
        return crossed > direct + SWAP_MARGIN;
    }

    private static int surnameLevel(String a, String b) {
        if (a.equals(b)) {
            return 2;
        }
        return JaroWinkler.similarity(a, b) >= 0.85 || DamerauLevenshtein.distance(a, b, 1) <= 1 ? 1 : 0;
    }

    /**
     * Whether two keys of as many syllables ({@link Syllables#split}) differ in one syllable only,
     * and there in one part only — onset, vowel (with its glide) or coda: what one mistyped jamo
     * does to a Hangul name once it is romanized ("이시헹" → sihenk against "I Sihyeong" → sihyonk),
     * which is two letters apart but one jamo.
     */
    static boolean oneSyllableSlip(String a, String b) {
        List<String> left = Syllables.split(a);
        List<String> right = Syllables.split(b);
        if (left.size() != right.size() || left.size() < 2) {
            return false;
        }
        int differing = -1;
        for (int i = 0; i < left.size(); i++) {
            if (!left.get(i).equals(right.get(i))) {
                if (differing >= 0) {
                    return false;
                }
                differing = i;
            }
        }
        if (differing < 0) {
            return false;
        }
        String[] x = parts(left.get(differing));
        String[] y = parts(right.get(differing));
        if (x == null || y == null) {
            return false;
        }
        int changed = 0;
        for (int part = 0; part < 3; part++) {
            changed += x[part].equals(y[part]) ? 0 : 1;
        }
        return changed == 1;
    }

    /** Onset, vowel with glide, coda of one folded syllable; null when it is not one. */
    private static String[] parts(String syllable) {
        int at = 0;
        if (at < syllable.length() && "ktpcshnml".indexOf(syllable.charAt(at)) >= 0) {
            at++;
        }
        int vowelStart = at;
        if (at < syllable.length() && (syllable.charAt(at) == 'w' || syllable.charAt(at) == 'y')) {
            at++;
        }
        if (at >= syllable.length() || "aeio".indexOf(syllable.charAt(at)) < 0) {
            return null;
        }
        at++;
        return new String[] {syllable.substring(0, vowelStart), syllable.substring(vowelStart, at), syllable.substring(at)};
    }

    /** Whether two folded keys are one typo apart: one letter, or one part of one syllable. */
    static boolean oneSlip(String a, String b) {
        // one slip in a short key ("e" / "ye") is as likely a different name: only keys of 4+ letters
        boolean letterTypo = Math.min(a.length(), b.length()) >= 4 && DamerauLevenshtein.distance(a, b, 1) <= 1;
        return letterTypo || oneSyllableSlip(a, b);
    }

    private static int givenLevel(String a, String b, String jamoA, String jamoB, String spellingA, String spellingB) {
        boolean bothHangul = !jamoA.isEmpty() && !jamoB.isEmpty();
        boolean jamoTypo = bothHangul && DamerauLevenshtein.distance(jamoA, jamoB, 1) <= 1;
        if (a.equals(b)) {
            // the key folds vowels that Hangul keeps apart (영철 and 용철 are both yonkcol): written in
            // Hangul on both sides, a difference is a typo or another name, not the same sound
            if (bothHangul) {
                return jamoA.equals(jamoB) ? 3 : jamoTypo ? 2 : 1;
            }
            // a romanization whose vowels this Hangul cannot spell ("Yongchol" read as 용철 / 영철, "eo"
            // against "o" in RR) is another name or a slip of one jamo: as 영철 / 용철 in Hangul, one typo
            return VowelRuns.incompatible(spellingA, spellingB) ? 2 : 3;
        }
        if (jamoTypo || oneSlip(a, b)) {
            return 2;
        }
        boolean sameConsonants = KoreanPhonetic.skeleton(a).equals(KoreanPhonetic.skeleton(b));
        return sameConsonants || JaroWinkler.similarity(a, b) >= 0.88 ? 1 : 0;
    }
}
