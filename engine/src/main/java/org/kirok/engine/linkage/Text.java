package org.kirok.engine.linkage;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text clean-up shared by comparisons and blocking keys. Thread-safe, stateless. */
final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private Text() {
    }

    /** Lower case, HTML character references decoded, diacritics removed, punctuation turned into single spaces, stripped. */
    static String clean(String value) {
        if (value.isEmpty()) {
            return value;
        }
        String decoded = value.indexOf('&') < 0 ? value : decodeEntities(value);
        String decomposed = Normalizer.normalize(decoded, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(plain).replaceAll(" ").strip();
    }

    /** &#233; &#xE9; &amp; &quot; &lt; &gt; &apos; → their characters (bibliographic exports carry them). */
    static String decodeEntities(String value) {
        java.util.regex.Matcher matcher = NUMERIC_ENTITY.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            int codePoint;
            try {
                codePoint = Integer.parseInt(matcher.group(2), matcher.group(1).isEmpty() ? 10 : 16);
            } catch (NumberFormatException e) {
                codePoint = -1;
            }
            String replacement = Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : matcher.group();
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString().replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&apos;", "'");
    }

    /** The distinct words of a cleaned value, sorted. */
    static String[] tokens(String cleaned) {
        if (cleaned.isEmpty()) {
            return new String[0];
        }
        return Arrays.stream(cleaned.split(" ")).distinct().sorted().toArray(String[]::new);
    }

    /**
     * The model numbers and codes in a raw value, sorted and distinct: words (split at spaces, slashes
     * and commas) of letters and digits together, 4 characters or more, or of digits alone, 5 or more,
     * with hyphens and dots inside them dropped and case folded — so "PS-LX350H" and "PSLX350H" give
     * the same code, the strongest evidence two product listings have.
     */
    static String[] codes(String raw) {
        return Arrays.stream(decodeEntities(raw).split("[\\s/,;()]+"))
                .map(word -> word.replaceAll("[-.]", "").replaceAll("^[^\\p{Alnum}]+|[^\\p{Alnum}]+$", "")
                        .toLowerCase(java.util.Locale.ROOT))
                .filter(Text::isCode).distinct().sorted().toArray(String[]::new);
    }

    private static boolean isCode(String word) {
        boolean digit = word.chars().anyMatch(Character::isDigit);
        boolean letter = word.chars().anyMatch(Character::isLetter);
        boolean alphanumeric = word.chars().allMatch(Character::isLetterOrDigit);
        return alphanumeric && digit && (letter ? word.length() >= 4 : word.length() >= 5);
    }

    /** |A ∩ B| / |A ∪ B| of two sorted distinct token arrays. */
    static double jaccard(String[] left, String[] right) {
        if (left.length == 0 && right.length == 0) {
            return 0;
        }
        int common = common(left, right);
        return common / (double) (left.length + right.length - common);
    }

    /** |A ∩ B| / min(|A|, |B|) of two sorted distinct token arrays. */
    static double overlap(String[] left, String[] right) {
        int smaller = Math.min(left.length, right.length);
        return smaller == 0 ? 0 : common(left, right) / (double) smaller;
    }

    private static int common(String[] left, String[] right) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < left.length && j < right.length) {
            int order = left[i].compareTo(right[j]);
            if (order == 0) {
                common++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
