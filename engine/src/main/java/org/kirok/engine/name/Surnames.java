package org.kirok.engine.name;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table of Korean surnames shipped in {@code surnames.tsv}: looks a surname up by Hangul (South
 * or North form) or by any spelling. Spellings shared by two surnames belong to the more frequent.
 * Immutable and thread-safe; {@link #standard()} is loaded once.
 */
public final class Surnames {
    private static final String RESOURCE = "surnames.tsv";
    private static final Surnames STANDARD = load();

    private final List<Surname> all;
    private final Map<String, Surname> byHangul;
    private final Map<String, Surname> bySpelling;
    private static final Comparator<Surname> MORE_BEARERS_FIRST =
            Comparator.comparingLong(Surname::bearers).reversed().thenComparing(Surname::hangul);

    private Surnames(List<Surname> all) {
        List<Surname> ranked = new ArrayList<>(all);
        ranked.sort(Comparator.comparingLong(Surname::bearers).reversed());
        this.all = List.copyOf(ranked);
        Map<String, Surname> hangul = new HashMap<>();
        Map<String, Surname> spelling = new HashMap<>();
        // A system's spelling of one surname beats a popular spelling of another: MR "Che" is 제, not 최.
        for (Surname surname : ranked) {
            hangul.putIfAbsent(surname.hangul(), surname);
            surname.northHangul().ifPresent(north -> hangul.putIfAbsent(north, surname));
            systemSpellings(surname.hangul()).forEach(s -> spelling.putIfAbsent(s, surname));
            surname.northHangul().ifPresent(north -> systemSpellings(north).forEach(s -> spelling.putIfAbsent(s, surname)));
        }
        for (Surname surname : ranked) {
            for (String s : surname.spellings()) {
                spelling.putIfAbsent(s, surname);
            }
        }
        this.byHangul = Map.copyOf(hangul);
        this.bySpelling = Map.copyOf(spelling);
    }

    public static Surnames standard() {
        return STANDARD;
    }

    /** Every surname, most frequent first. */
    public List<Surname> all() {
        return all;
    }

    /** By Hangul, South (이) or North (리) form. */
    public Optional<Surname> byHangul(String hangul) {
        return Optional.ofNullable(byHangul.get(hangul));
    }

    /** By a romanized spelling, in any case, with or without diacritics and apostrophes. */
    public Optional<Surname> bySpelling(String spelling) {
        return Optional.ofNullable(bySpelling.get(KoreanPhonetic.asciiLower(spelling).replaceAll("[^a-z]", "")));
    }

    /**
     * The surname one slip away from a spelling (a letter dropped, added, changed or two swapped:
     * "Km", "Hawng", "Meang"), the most frequent when several are; for names whose surname was
     * mistyped. Only spellings of three letters or more are considered, so "Lu" is not "Lee"; of a
     * two-letter spelling only its two letters swapped ("Uy" for "Yu"), or, when it has no vowel and so
     * cannot be a Korean syllable at all, a dropped vowel ("Km", "GM" for Kim, Gim).
     */
    public Optional<Surname> nearSpelling(String spelling) {
        String clean = KoreanPhonetic.asciiLower(spelling).replaceAll("[^a-z]", "");
        if (clean.length() < 2 || clean.length() > 8) {
            return Optional.empty();
        }
        boolean vowelless = clean.chars().noneMatch(c -> "aeiouwy".indexOf(c) >= 0);
        if (clean.length() == 2 && !vowelless) {
            // two letters swapped ("Uy"): the only slip of a two-letter spelling that is not another name
            return bySpelling(new StringBuilder(clean).reverse().toString());
        }
        Surname best = null;
        // the map's order changes from one run to the next (Map.copyOf): ties are broken by the
        // Hangul, or the same misspelling could read as another surname in another run
        for (Map.Entry<String, Surname> entry : bySpelling.entrySet()) {
            String known = entry.getKey();
            Surname candidate = entry.getValue();
            if (known.length() >= 3 && Math.abs(known.length() - clean.length()) <= 1 && withinOneEdit(clean, known)
                    && (best == null || MORE_BEARERS_FIRST.compare(candidate, best) < 0)) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The surname one jamo from a Hangul word that is no surname (김 mistyped as 긤 or 괨), the most
     * frequent when several are (ties by Hangul, so every run reads it alike).
     */
    public Optional<Surname> nearHangul(String word) {
        return allNearHangul(word).stream().findFirst();
    }

    /** Every surname one jamo from a Hangul word that is no surname (뢔: 이, 유, 노 …), most frequent first. */
    public List<Surname> allNearHangul(String word) {
        if (word.isEmpty() || word.length() > 2 || byHangul.containsKey(word)) {
            return List.of();
        }
        return byHangul.entrySet().stream().filter(entry -> Hangul.oneJamoApart(word, entry.getKey()))
                .map(Map.Entry::getValue).distinct().sorted(MORE_BEARERS_FIRST).toList();
    }

    /** Optimal-string-alignment distance ≤ 1 (one insertion, deletion, substitution or adjacent swap). */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.length() == shorter.length() + 1 && longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** By Hangul or by spelling, whichever the text is. */
    public Optional<Surname> find(String token) {
        return Hangul.containsSyllable(token) ? byHangul(token) : bySpelling(token);
    }

    private static Surnames load() {
        try (InputStream in = Surnames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the engine jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Surname> surnames = new ArrayList<>();
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                surnames.add(parse(line, lineNumber));
            }
            return new Surnames(Collections.unmodifiableList(surnames));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Surname parse(String line, int lineNumber) {
        String[] fields = line.split("\t");
        if (fields.length != 4) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected 4 tab-separated fields, got "
                    + fields.length + ": " + line);
        }
        String hangul = fields[0].strip();
        Optional<String> north = "-".equals(fields[1].strip()) ? Optional.empty() : Optional.of(fields[1].strip());
        long bearers = Long.parseLong(fields[2].strip());
        Set<String> spellings = new LinkedHashSet<>();
        for (String s : fields[3].split(",")) {
            String clean = KoreanPhonetic.asciiLower(s.strip()).replaceAll("[^a-z]", "");
            if (!clean.isEmpty()) {
                spellings.add(clean);
            }
        }
        spellings.addAll(systemSpellings(hangul));
        north.ifPresent(n -> spellings.addAll(systemSpellings(n)));
        return new Surname(hangul, north, bearers, KoreanPhonetic.key(hangul), List.copyOf(spellings));
    }

    /** The Revised, McCune–Reischauer and DPRK spellings, ASCII letters only. */
    private static Set<String> systemSpellings(String hangul) {
        Set<String> spellings = new LinkedHashSet<>();
        for (RomanizationSystem system : RomanizationSystem.values()) {
            spellings.add(asciiLetters(Romanizer.romanize(hangul, system, Romanizer.Joining.JOINED)));
        }
        return spellings;
    }

    private static String asciiLetters(String romanized) {
        return KoreanPhonetic.asciiLower(romanized).replaceAll("[^a-z]", "");
    }
}
