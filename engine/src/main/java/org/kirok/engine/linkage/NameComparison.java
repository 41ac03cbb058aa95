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
    private static final int DIFFERENT = 0;
    private static final int ONE_TYPO = 2;
    /** The top levels: the same surname, the same given name. */
    private static final int SAME_SURNAME = 2;
    private static final int SAME_GIVEN = 3;
    /**
     * In how many ways one slip can turn a name into others, roughly (a letter dropped, doubled or
     * swapped; a vowel changed): the noisy channel's 1/k. 3, 10 and 30 were tried on the Korean set
     * (F1 0.9577, 0.9587, 0.9577 with the rest as it was then).
     */
    private static final double SLIPS_PER_NAME = 10;

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
        List<List<String>> surnameReadings = new java.util.ArrayList<>(n);
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
            surnameReadings.add(parsed.surnameReadings());
        }
        double[] frequencies = termFrequencies ? TermFrequencies.of(part == Part.SURNAME ? surnames : givens) : null;
        String[] repaired = part == Part.GIVEN ? GivenRepairs.of(records, index) : null;
        String[] givenKeys = part == Part.GIVEN ? NameNeighbours.givenKeys(records, index) : null;
        Names read = new Names(surnames, givens, jamo, spellings, surnameReadings,
                part == Part.GIVEN ? UnreadableNames.of(names) : null, null);
        return prepared(read, frequencies, repaired, givenKeys);
    }

    /**
     * What the comparison reads of each record's name; unreadable only for the given-name part, confirmed
     * only for it once records have entities.
     */
    private record Names(String[] surnames, String[] givens, String[] jamo, String[] spellings,
            List<List<String>> surnameReadings, boolean[] unreadable, boolean[] confirmed) {
    }

    private Prepared prepared(Names names, double[] frequencies, String[] repaired, String[] givenKeys) {
        String[] surnames = names.surnames();
        String[] givens = names.givens();
        String[] jamo = names.jamo();
        String[] spellings = names.spellings();
        // how common each Hangul spelling is among the names written in Hangul: 영철 and 용철 share a key
        double[] hangulFrequencies = termFrequencies && part == Part.GIVEN ? TermFrequencies.of(jamo) : null;
        return new Prepared() {
            @Override
            public Prepared withEntities(int[] entity) {
                if (part != Part.GIVEN) {
                    return this;
                }
                String[][] read = HangulOfEntities.inherit(entity, givens, jamo, spellings);
                return prepared(new Names(surnames, givens, read[0], read[1], names.surnameReadings(), names.unreadable(),
                        ConfirmedNames.of(entity, givens, jamo)),
                        frequencies, repaired, givenKeys);
            }

            @Override
            public int level(int left, int right) {
                boolean swap = swapped(surnames[left], givens[left], surnames[right], givens[right]);
                String a = part == Part.SURNAME ? surnames[left] : givens[left];
                String b = part == Part.SURNAME ? (swap ? givens[right] : surnames[right]) : (swap ? surnames[right] : givens[right]);
                if (a.isEmpty() || b.isEmpty()) {
                    return MISSING;
                }
                if (part == Part.SURNAME) {
                    return !swap && slippedSurnames(left, right) ? SAME_SURNAME : surnameLevel(a, b);
                }
                int level = givenLevel(a, b, swap ? "" : jamo[left], swap ? "" : jamo[right],
                        swap ? "" : spellings[left], swap ? "" : spellings[right]);
                // a romanized name read back through a slipped letter as the other's name: one typo
                boolean repairedAlike = !swap && level < ONE_TYPO
                        && (repairedAs(left, right) || repairedAs(right, left));
                level = repairedAlike ? ONE_TYPO : level;
                // one slip from a name, into a spelling no one can bear: that name, mistyped (UnreadableNames)
                boolean mistyped = level == ONE_TYPO && !a.equals(b) && names.unreadable()[left] != names.unreadable()[right];
                if (mistyped) {
                    return SAME_GIVEN;
                }
                // two names one slip apart that each has another mention of its person agreeing with it are
                // two names, not a name and its typo (ConfirmedNames)
                boolean[] confirmed = names.confirmed();
                return level == ONE_TYPO && confirmed != null && confirmed[left] && confirmed[right] ? DIFFERENT : level;
            }

            /**
             * A Hangul surname one jamo from several (뢔: 이, 유 or 류, 노 …) is read as the likeliest, but may
             * stand for any of them: it agrees with a record bearing one, or with another such slip
             * that may stand for the same one.
             */
            private boolean slippedSurnames(int left, int right) {
                List<String> readingsLeft = names.surnameReadings().get(left);
                List<String> readingsRight = names.surnameReadings().get(right);
                return readingsLeft.contains(surnames[right]) || readingsRight.contains(surnames[left])
                        || readingsLeft.stream().anyMatch(readingsRight::contains);
            }

            private boolean repairedAs(int typo, int other) {
                return !repaired[typo].equals(givenKeys[typo]) && repaired[typo].equals(givenKeys[other]);
            }

            @Override
            public double termFrequency(int record) {
                return frequencies == null ? Double.NaN : frequencies[record];
            }

            /**
             * At the typo level, u for this pair by the noisy channel (Kernighan, Church &amp; Gale 1990):
             * two names one slip apart are one person's name and its typo with odds m / (k · f), f the
             * share of records bearing the rarer spelling, since a different person would have to bear
             * that spelling; k = {@link #SLIPS_PER_NAME}. A slip into a spelling nobody else writes
             * (볭, "Ryeno") is strong evidence; 영철 against 용철, both common, is none.
             */
            @Override
            public double levelFrequency(int left, int right, int level) {
                if (hangulFrequencies == null || level != ONE_TYPO
                        || swapped(surnames[left], givens[left], surnames[right], givens[right])) {
                    return Double.NaN;
                }
                if (!givens[left].equals(givens[right])) {
                    return SLIPS_PER_NAME * Math.min(frequencies[left], frequencies[right]);
                }
                // one key, two vowels (영철 / 용철 in Hangul, or a romanization that cannot be this Hangul)
                boolean bothHangul = !jamo[left].isEmpty() && !jamo[right].isEmpty();
                double rarer = bothHangul ? Math.min(hangulFrequencies[left], hangulFrequencies[right]) : frequencies[left];
                return SLIPS_PER_NAME * rarer;
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
        // one letter in a short key ("na" / "nam") too: the noisy channel weighs it by how rare the
        // spellings are, so "e" against "ye", both common, counts for little
        boolean letterTypo = Math.min(a.length(), b.length()) >= 2 && DamerauLevenshtein.distance(a, b, 1) <= 1;
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
