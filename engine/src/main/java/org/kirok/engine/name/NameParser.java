package org.kirok.engine.name;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a person's name in any script, order and spacing into a {@link ParsedName}.
 *
 * <p>Which part is the surname: in Hangul, the first syllable, or the first two when they form a
 * two-syllable surname (남궁, 황보, 제갈, 선우 …) and a given name follows; a spaced Hangul part
 * that is a known surname wins, then one a jamo away from a surname (긤 for 김), which is read as
 * that surname. In Latin letters the cues are, strongest first: "Surname, Given";
 * the one part written in capitals (KIM Yong Chol); a hyphenated part is the given name; then
 * the end part that is a known surname, or failing that one slip away from one; when both ends are, the more frequent of two parts, or
 * the first of three or more (spaced syllables are the DPRK's surname-first style; see
 * {@link #surnameLastReading}). A name with no
 * Hangul and no known Korean surname at either end is not read as Korean: it gets case-folded,
 * diacritic-free tokens. Never throws. Thread-safe, stateless.
 */
public final class NameParser {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s·・,./_;:()\\[\\]{}\"]+");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");

    private NameParser() {
    }

    public static ParsedName parse(String name) {
        if (name == null || name.isBlank()) {
            return ParsedName.EMPTY;
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
        if (Hangul.containsSyllable(text)) {
            return hangul(text);
        }
        String withoutNotes = PARENTHESES.matcher(text).replaceAll(" ");
        if (!withoutNotes.isBlank()) {
            text = withoutNotes;
        }
        int comma = text.indexOf(',');
        if (comma > 0 && text.indexOf(',', comma + 1) < 0 && !text.substring(comma + 1).isBlank()) {
            List<String> surname = tokens(text.substring(0, comma));
            List<String> given = tokens(text.substring(comma + 1));
            Optional<Surname> known = surname.size() == 1 ? Surnames.standard().bySpelling(surname.get(0)) : Optional.empty();
            if (known.isPresent() && !given.isEmpty()) {
                return korean(known, surname.get(0), given);
            }
        }
        return latin(tokens(text));
    }

    private static ParsedName hangul(String text) {
        List<String> words = new ArrayList<>();
        for (String token : SEPARATORS.split(text)) {
            StringBuilder hangulOnly = new StringBuilder();
            token.chars().filter(c -> Hangul.isSyllable((char) c)).forEach(c -> hangulOnly.append((char) c));
            if (!hangulOnly.isEmpty()) {
                words.add(hangulOnly.toString());
            }
        }
        String surname;
        String given;
        if (words.size() == 1) {
            String word = words.get(0);
            int length = surnameLength(word);
            surname = word.substring(0, length);
            given = word.substring(length);
        } else {
            int at = knownSurnameAt(words);
            surname = words.get(at);
            List<String> rest = new ArrayList<>(words);
            rest.remove(at);
            given = String.join("", rest);
        }
        // a syllable that is no surname (긤, 뢔) is one of the surnames a jamo away, read as the commonest
        List<Surname> slippedFrom = Surnames.standard().allNearHangul(surname);
        Optional<Surname> known = Surnames.standard().byHangul(surname).or(() -> slippedFrom.stream().findFirst());
        String southSurname = known.map(Surname::hangul).orElse(InitialSoundLaw.southernWord(surname));
        String southGiven = InitialSoundLaw.southernWord(given);
        return new ParsedName(true, known, known.map(Surname::key).orElse(KoreanPhonetic.key(southSurname)),
                KoreanPhonetic.key(southGiven), List.of(), Hangul.jamo(southGiven), VowelRuns.spelling(southGiven),
                slippedFrom.stream().map(Surname::key).distinct().toList());
    }

    /**
     * The other reading of a name of three or more Latin parts whose first and last parts are both
     * known surnames: "Young Chul Kim" is read surname first (용, as the DPRK writes names) and this
     * gives the surname-last reading (김). Empty for every other name.
     */
    public static Optional<ParsedName> surnameLastReading(String name) {
        if (name == null || name.isBlank() || Hangul.containsSyllable(name) || name.contains(",")) {
            return Optional.empty();
        }
        List<String> tokens = tokens(PARENTHESES.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll(" "));
        int last = tokens.size() - 1;
        if (last < 2 || surnameIndex(tokens) != 0 || Surnames.standard().bySpelling(tokens.get(last)).isEmpty()) {
            return Optional.empty();
        }
        List<String> given = new ArrayList<>(tokens.subList(0, last));
        return Optional.of(korean(Surnames.standard().bySpelling(tokens.get(last)), tokens.get(last), given));
    }

    /** 1, or 2 for a two-syllable surname followed by a given name. */
    private static int surnameLength(String word) {
        if (word.length() >= 3) {
            Optional<Surname> compound = Surnames.standard().byHangul(word.substring(0, 2));
            if (compound.isPresent() && compound.get().compound()) {
                return 2;
            }
        }
        return 1;
    }

    private static int knownSurnameAt(List<String> words) {
        int last = words.size() - 1;
        Surnames surnames = Surnames.standard();
        if (surnames.byHangul(words.get(0)).isPresent()) {
            return 0;
        }
        if (surnames.byHangul(words.get(last)).isPresent()) {
            return last;
        }
        // neither end is a surname: perhaps a mistyped one ("영철 긤" is 김영철 with one key wrong); when
        // both ends are a jamo from one ("충 괨": 추 or 김), the more common surname
        long firstBearers = surnames.nearHangul(words.get(0)).map(Surname::bearers).orElse(-1L);
        long lastBearers = surnames.nearHangul(words.get(last)).map(Surname::bearers).orElse(-1L);
        return lastBearers > firstBearers ? last : 0;
    }

    private static ParsedName latin(List<String> tokens) {
        if (tokens.isEmpty()) {
            return ParsedName.EMPTY;
        }
        int at = surnameIndex(tokens);
        if (at < 0) {
            return foreign(tokens);
        }
        Optional<Surname> known = Surnames.standard().bySpelling(tokens.get(at))
                .or(() -> Surnames.standard().nearSpelling(tokens.get(at)));
        List<String> given = new ArrayList<>(tokens);
        given.remove(at);
        return korean(known, tokens.get(at), given);
    }

    private static ParsedName korean(Optional<Surname> known, String surname, List<String> given) {
        String surnameKey = known.map(Surname::key).orElse(KoreanPhonetic.key(surname));
        // A one-part given name that is itself a surname spelling ("Gang We", "Joa Young") may be the
        // surname in truth: key it as the table does, so that either reading gives the same parts.
        String givenKey = given.size() == 1
                ? Surnames.standard().bySpelling(given.get(0)).map(Surname::key).orElse(KoreanPhonetic.key(given.get(0)))
                : KoreanPhonetic.key(String.join("", given));
        return new ParsedName(true, known, surnameKey, givenKey, List.of(), "", VowelRuns.spelling(String.join("", given)), List.of());
    }

    /** Index of the surname among the tokens, or -1 when the name does not read as Korean. */
    private static int surnameIndex(List<String> tokens) {
        int last = tokens.size() - 1;
        int capitals = capitalsOnly(tokens);
        // the capitals mark the surname even when it is mistyped ("KMI Wan Song", "Seonyeong UY")
        if (capitals >= 0 && (Surnames.standard().bySpelling(tokens.get(capitals)).isPresent()
                || Surnames.standard().nearSpelling(tokens.get(capitals)).isPresent())) {
            return capitals;
        }
        Optional<Surname> first = Surnames.standard().bySpelling(tokens.get(0));
        Optional<Surname> end = last == 0 ? Optional.empty() : Surnames.standard().bySpelling(tokens.get(last));
        if (last > 0 && tokens.get(0).contains("-") && end.isPresent()) {
            return last;
        }
        if (last > 0 && tokens.get(last).contains("-") && first.isPresent()) {
            return 0;
        }
        if (first.isPresent() && end.isPresent() && last == 1) {
            // Two parts: the more frequent surname, whatever the order, so both orders read alike.
            return end.get().bearers() > first.get().bearers() ? last : 0;
        }
        if (first.isPresent()) {
            return 0;
        }
        // three or more parts are written surname first (the DPRK's spaced syllables), so a mistyped
        // first part is likelier the surname than a last part that happens to be one ("Kanng Myong Sok")
        if (last >= 2 && Surnames.standard().nearSpelling(tokens.get(0)).isPresent()
                && tokens.subList(1, last + 1).stream().allMatch(NameParser::couldBeRomanizedKorean)) {
            return 0;
        }
        if (end.isPresent()) {
            return last;
        }
        // no known surname at either end: perhaps a mistyped one ("Km Yong Chol", "Hoon MAING"),
        // if the rest could be romanized Korean at all ("José García" could not)
        if (last > 0 && Surnames.standard().nearSpelling(tokens.get(0)).isPresent()
                && tokens.subList(1, last + 1).stream().allMatch(NameParser::couldBeRomanizedKorean)) {
            return 0;
        }
        return last > 0 && Surnames.standard().nearSpelling(tokens.get(last)).isPresent()
                && tokens.subList(0, last).stream().allMatch(NameParser::couldBeRomanizedKorean) ? last : -1;
    }

    private static final Pattern KOREAN_ONSET = Pattern.compile("^(?:[aeiouwy]|[kgndtrlmbpsjh]h?[aeiouwy]|ch[aeiouwy]"
            + "|(?:kk|tt|pp|ss|jj)[aeiouwy]|tch[aeiouwy])");

    /**
     * Whether a token could be Korean in some romanization: no f, q, v, x or z, c only in ch, and it
     * starts with a Korean onset (one consonant, an aspirate with h, or a doubled consonant) — so
     * "Smith", "García" and "Franz" cannot, while "Yong-chol", "Tong" and "Ŭn" can.
     */
    static boolean couldBeRomanizedKorean(String token) {
        String letters = KoreanPhonetic.asciiLower(token).replaceAll("[^a-z]", "");
        return !letters.isEmpty() && !letters.matches(".*[fqvxz].*") && !letters.matches(".*c(?!h).*")
                && KOREAN_ONSET.matcher(letters).find();
    }

    /** The one token written all in capitals (at least two letters) while the others of two letters or more are not, or -1. */
    private static int capitalsOnly(List<String> tokens) {
        int found = -1;
        boolean lowerSeen = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.codePoints().filter(Character::isLetter).count() < 2) {
                continue; // "U", "O": a one-letter part says nothing about case
            }
            if (token.codePoints().noneMatch(Character::isLowerCase)) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            } else {
                lowerSeen = true;
            }
        }
        return lowerSeen ? found : -1;
    }

    private static ParsedName foreign(List<String> tokens) {
        List<String> folded = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            String ascii = asciiToken(token);
            if (!ascii.isEmpty()) {
                folded.add(ascii);
            }
        }
        return new ParsedName(false, Optional.empty(), "", "", folded, "", "", List.of());
    }

    /** Case-folded, diacritics stripped, letters and digits only; other scripts as x+hex code points. */
    static String asciiToken(String token) {
        String lower = KoreanPhonetic.asciiLower(token);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append((char) c);
            } else if (Character.isLetterOrDigit(c)) {
                out.append('x').append(Integer.toHexString(c));
            }
        });
        return out.toString();
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : SEPARATORS.split(text.strip())) {
            String trimmed = token.replaceAll("^-+|-+$", "");
            if (!trimmed.isEmpty() && trimmed.codePoints().anyMatch(Character::isLetterOrDigit)) {
                tokens.add(trimmed);
            }
        }
        return tokens;
    }
}
