package org.kirok.upr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cleaning of text cells from UN exports: HTML character references ("&amp;#40;Unknown&amp;#41;") and lists. */
final class SourceText {
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

    private SourceText() {
    }

    static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text.strip();
        }
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> {
                    int codePoint = name.charAt(1) == 'x' || name.charAt(1) == 'X'
                            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                    yield Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : matcher.group();
                }
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString().strip();
    }

    /** The items of a list cell separated by any of the characters given; blanks dropped. */
    static List<String> split(String cell, String separators) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (char c : unescape(cell).toCharArray()) {
            if (separators.indexOf(c) >= 0) {
                add(items, current);
            } else {
                current.append(c);
            }
        }
        add(items, current);
        return items;
    }

    private static void add(List<String> items, StringBuilder current) {
        if (!current.toString().isBlank()) {
            items.add(current.toString().strip());
        }
        current.setLength(0);
    }
}
