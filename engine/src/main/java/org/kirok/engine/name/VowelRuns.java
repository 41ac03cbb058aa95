package org.kirok.engine.name;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two spellings of one given name — Hangul or romanized in any system — can write the same
 * vowels, where the phonetic key ({@link KoreanPhonetic}) has folded them together. The key makes
 * ㅓ ㅗ ㅜ ㅡ one vowel, because "o" is ㅗ in the Revised Romanization but ㅓ in McCune–Reischauer
 * without its breve, and "u" is ㅜ, ㅡ (ŭ without breve) or, in popular spellings, ㅓ (Chul). Yet a
 * spelling often says more: "eo" and "ŏ" are only ㅓ, "eu" and "ŭ" only ㅡ, "oo" only ㅜ, and a
 * plain "o" is never ㅜ or ㅡ. So 영철 (ㅕ ㅓ) cannot be "Yongchol" read as 용철 … but can be
 * "Yŏngch'ŏl", "Yong Chol" (MR without diacritics) or "Young-chul".
 *
 * <p>Method: both spellings are cut into <em>vowel runs</em> — maximal runs of vowel letters
 * (a e i o u w y ŏ ŭ; consonants, case, hyphens and spaces ignored), in Hangul the vowels of
 * syllables joined when a syllable has no onset (ㅇ) and the one before it no coda, since a
 * joined romanization writes 재옥 as "Jaeok", one run. Each Latin run is parsed, every way, into
 * the Hangul vowels whose spellings it concatenates; the spellings per vowel are those of the
 * Revised Romanization (Ministry of Culture and Tourism, 2000), McCune–Reischauer (McCune and
 * Reischauer, <i>Transactions of the Korea Branch of the RAS</i> 29, 1939) with and without its
 * diacritics, the DPRK's 2002 system, and the popular passport spellings of
 * {@code PopularRomanizer}. Two spellings are <em>incompatible</em> only when both cut into as many
 * runs and some pair of runs has no reading in common; when a run cannot be read at all (a typo)
 * or the counts differ, nothing is claimed. So "Jaeok" is compatible with 재옥 and with 자억, and
 * no joined spelling is rejected for its joining. Thread-safe, stateless.
 */
public final class VowelRuns {
    /** Spellings of each medial, in {@link Hangul}'s order ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ. */
    private static final String[][] SPELLINGS = {
        {"a"}, {"ae", "ai", "e"}, {"ya"}, {"yae", "ye"},
        {"eo", "ŏ", "o", "u"},                            // ㅓ: RR, MR, MR without breve, popular Chul
        {"e", "ae"}, {"yeo", "yŏ", "yo", "you", "yu"}, {"ye", "e"},
        {"o"},                                            // ㅗ
        {"wa"}, {"wae", "we"}, {"oe", "oi", "oy", "we"}, {"yo"},
        {"u", "oo", "ou", "wu", "woo"},                   // ㅜ: Soo, Hyunwoo
        {"wo", "wŏ", "weo"}, {"we", "wae"}, {"wi"}, {"yu", "yoo", "you"},
        {"eu", "ŭ", "u"},                                 // ㅡ
        {"ui", "ŭi", "eui", "ee", "i"}, {"i", "ee"},
    };
    private static final String VOWEL_LETTERS = "aeiouwyŏŭ";
    private static final int MAX_SEQUENCES = 64;
    private static final java.util.regex.Pattern DOUBLED = java.util.regex.Pattern.compile("(.)\\1+");

    private VowelRuns() {
    }

    /**
     * The form {@link #incompatible} compares: Hangul syllables kept as they are, Latin letters
     * lower-cased with ŏ and ŭ kept and everything else (hyphens, spaces, apostrophes, other marks)
     * dropped; "" when nothing is left.
     */
    public static String spelling(String given) {
        if (given == null) {
            return "";
        }
        String text = java.text.Normalizer.normalize(given, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Hangul.isSyllable(c) || (c >= 'a' && c <= 'z') || c == 'ŏ' || c == 'ŭ') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the two spellings ({@link #spelling}) cannot write the same vowels. */
    public static boolean incompatible(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return false;
        }
        List<Set<String>> left = readings(a);
        List<Set<String>> right = readings(b);
        if (left == null || right == null || left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (java.util.Collections.disjoint(left.get(i), right.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Each vowel run's readings (a reading: the medial indices as chars 'A' + index); null when some run has none. */
    static List<Set<String>> readings(String spelling) {
        return Hangul.containsSyllable(spelling) ? hangulRuns(spelling) : latinRuns(spelling);
    }

    private static List<Set<String>> hangulRuns(String hangul) {
        List<Set<String>> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean previousCoda = true;
        for (int i = 0; i < hangul.length(); i++) {
            char c = hangul.charAt(i);
            if (!Hangul.isSyllable(c)) {
                return null;
            }
            boolean noOnset = Hangul.initial(c) == 11;
            if (!(noOnset && !previousCoda) && !run.isEmpty()) {
                runs.add(Set.of(run.toString()));
                run.setLength(0);
            }
            run.append((char) ('A' + Hangul.medial(c)));
            previousCoda = Hangul.coda(c) != 0;
        }
        if (!run.isEmpty()) {
            runs.add(Set.of(run.toString()));
        }
        return runs;
    }

    private static List<Set<String>> latinRuns(String latin) {
        List<Set<String>> runs = new ArrayList<>();
        int i = 0;
        while (i < latin.length()) {
            if (VOWEL_LETTERS.indexOf(latin.charAt(i)) < 0) {
                i++;
                continue;
            }
            int end = i;
            while (end < latin.length() && VOWEL_LETTERS.indexOf(latin.charAt(end)) >= 0) {
                end++;
            }
            Set<String> parsed = new HashSet<>();
            String run = latin.substring(i, end);
            parse(run, "", parsed);
            String single = DOUBLED.matcher(run).replaceAll("$1");
            if (!single.equals(run)) {
                parse(single, "", parsed); // a doubled letter is as often a typo ("Kwaang") as a spelling ("Soo")
            }
            if (parsed.isEmpty() || parsed.size() >= MAX_SEQUENCES) {
                return null;
            }
            runs.add(parsed);
            i = end;
        }
        return runs;
    }

    /** Adds to {@code out} every sequence of medials whose spellings concatenate to {@code run}. */
    private static void parse(String run, String sequence, Set<String> out) {
        if (run.isEmpty()) {
            if (!sequence.isEmpty()) {
                out.add(sequence);
            }
            return;
        }
        if (out.size() >= MAX_SEQUENCES || sequence.length() >= 4) {
            return;
        }
        for (int medial = 0; medial < SPELLINGS.length; medial++) {
            for (String spelling : SPELLINGS[medial]) {
                if (run.startsWith(spelling)) {
                    parse(run.substring(spelling.length()), sequence + (char) ('A' + medial), out);
                }
            }
        }
    }
}
