package org.kirok.upr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Codes a recommendation with UPR Info's action category — 1 minimal action (addressed to other states, asking for
 * assistance, sharing information), 2 continuing action, 3 considering action, 4 general action, 5 specific action —
 * from its first verb, by the rules UPR Info publishes for Prof. Edward R. McMahon's scale (UPR Info, "Database:
 * Action category", October 2014; McMahon, "The Universal Periodic Review: Do Civil Society Organization-Suggested
 * Recommendations Matter?", Friedrich-Ebert-Stiftung, 2012): the first verb decides; when a recommendation starts
 * with two verbs the second is privileged ("Continue and strengthen" → 4); a general action illustrated by a
 * specific one is specific ("Improve women's rights by amending the family code" → 5). Introductory phrases
 * ("In line with …,", "Recommended that …") and adverbs ("Fully", "Further") are passed over. Verbs whose
 * category depends on their object ("adopt measures" 4, "adopt a law" 5) are resolved by the object's first words.
 *
 * <p>Used for UHRI rows, which carry no category; its agreement with UPR Info's own coding of the 41,066
 * recommendations of sessions 1–20 is measured by {@code kirok bench upr} (docs/benchmarks.md). Immutable,
 * thread-safe.
 */
public final class ActionClassifier {
    private static final Set<String> GENERAL_OBJECTS = Set.of("measures", "measure", "steps", "step", "efforts",
            "effort", "action", "actions", "policies", "policy", "all", "further", "effective", "appropriate",
            "necessary", "concrete", "additional", "more", "adequate", "practical", "every", "relevant", "positive",
            "initiatives", "strategies");
    private static final Pattern SPECIFIC_EXAMPLE = Pattern.compile("\\b(by|through|including) (ratifying|adopting|"
            + "amending|abolishing|enacting|establishing|repealing|acceding|signing|creating|introducing|the adoption|"
            + "the ratification|the establishment|the enactment|adoption of|ratification of|establishment of|"
            + "ensuring the adoption)\\b");
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final int SEARCH_WINDOW = 26;
    private static final int DEFAULT_CATEGORY = 4;

    /** A verb or phrase of the lexicon: its category and how its object may change it. */
    private record Entry(int category, Kind kind) {
    }

    private enum Kind { FIXED, SPECIFIC, GENERAL }

    private final Map<List<String>, Entry> lexicon;
    private final int longestPhrase;

    private ActionClassifier(Map<List<String>, Entry> lexicon) {
        this.lexicon = Map.copyOf(lexicon);
        this.longestPhrase = lexicon.keySet().stream().mapToInt(List::size).max().orElse(1);
    }

    /** The classifier with the lexicon shipped in {@code upr/action-verbs.tsv}. */
    public static ActionClassifier standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ActionClassifier STANDARD = load();
    }

    /** The action category, 1 to 5, of a recommendation's text; 4 (general action) when no verb is recognised. */
    public int classify(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return DEFAULT_CATEGORY;
        }
        if (startsWith(words, "to", "the", "international") || startsWith(words, "international", "community")
                || startsWith(words, "the", "international", "community")) {
            return 1; // addressed to other states, not the state under review
        }
        int at = -1;
        int length = 0;
        Entry entry = null;
        for (int i = 0; i < Math.min(words.size(), SEARCH_WINDOW) && entry == null; i++) {
            length = matchLength(words, i);
            if (length > 0) {
                at = i;
                entry = lexicon.get(words.subList(i, i + length));
            }
        }
        if (entry == null) {
            return DEFAULT_CATEGORY;
        }
        int end = at + length;
        int next = skipAdverbs(words, end, false);
        if (next < words.size() && (words.get(next).equals("and") || words.get(next).equals("or"))) {
            int second = skipAdverbs(words, next + 1, true);
            int secondLength = matchLength(words, second);
            if (secondLength > 0) {
                Entry other = lexicon.get(words.subList(second, second + secondLength));
                if (entry.category() != 2 || other.category() >= 4) {
                    entry = other;
                    end = second + secondLength;
                }
            }
        }
        int category = entry.category();
        if (category <= 3) {
            return category;
        }
        if (entry.kind() == Kind.SPECIFIC && words.subList(end, Math.min(words.size(), end + 3)).stream()
                .anyMatch(GENERAL_OBJECTS::contains)) {
            category = 4;
        }
        if (category == 4 && SPECIFIC_EXAMPLE.matcher(String.join(" ", words.subList(end, words.size()))).find()) {
            category = 5;
        }
        return category;
    }

    private int matchLength(List<String> words, int from) {
        for (int n = Math.min(longestPhrase, words.size() - from); n > 0; n--) {
            if (lexicon.containsKey(words.subList(from, from + n))) {
                return n;
            }
        }
        return 0;
    }

    private static int skipAdverbs(List<String> words, int from, boolean alsoAlso) {
        int i = from;
        while (i < words.size() && (words.get(i).endsWith("ly") || words.get(i).equals("further")
                || words.get(i).equals("to") || (alsoAlso && words.get(i).equals("also")))) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(List<String> words, String... prefix) {
        if (words.size() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!words.get(i).equals(prefix[i])) {
                return false;
            }
        }
        return true;
    }

    static List<String> words(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(folded);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static ActionClassifier load() {
        Map<List<String>, Entry> lexicon = new HashMap<>();
        try (InputStream in = ActionClassifier.class.getResourceAsStream("/upr/action-verbs.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != 3) {
                    throw new IllegalStateException("upr/action-verbs.tsv line " + number + ": expected 3 fields");
                }
                lexicon.put(words(fields[0]), new Entry(Integer.parseInt(fields[1]),
                        Kind.valueOf(fields[2].toUpperCase(Locale.ROOT))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upr/action-verbs.tsv", e);
        }
        return new ActionClassifier(lexicon);
    }
}
