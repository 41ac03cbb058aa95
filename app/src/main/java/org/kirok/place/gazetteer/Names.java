package org.kirok.place.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the formats: "Dongxing (Guangxi)" → name "Dongxing" plus the full form as a variant. */
final class Names {
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^)]*)\\)");

    private Names() {
    }

    /** The name without parenthetical remarks. */
    static String bare(String name) {
        String bare = PARENTHESIS.matcher(name).replaceAll("").strip();
        return bare.isEmpty() ? name.strip() : bare;
    }

    /**
     * The full name when it has remarks and, for a remark inside a name ("Kaechon (Kaech'ŏn) internment camp"),
     * the name with the remark in place of the word before it — an alternative spelling or name.
     */
    static List<String> variants(String name) {
        List<String> variants = new ArrayList<>();
        if (!bare(name).equals(name.strip())) {
            variants.add(name.strip());
        }
        Matcher matcher = PARENTHESIS.matcher(name);
        while (matcher.find()) {
            String inside = matcher.group(1).strip();
            boolean qualifiesTheWhole = name.substring(matcher.end()).isBlank(); // "Dongxing (Guangxi)"
            if (!qualifiesTheWhole && !inside.isEmpty() && !inside.contains(" ") && Character.isUpperCase(inside.charAt(0))) {
                String before = name.substring(0, matcher.start()).strip();
                int space = before.lastIndexOf(' ');
                String replaced = (space < 0 ? "" : before.substring(0, space + 1)) + inside
                        + name.substring(matcher.end());
                variants.add(bare(replaced));
            }
        }
        return variants;
    }

    static String slug(String text) {
        return bare(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String clip(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
