package org.kirok.urgent;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kirok.store.InvalidInputException;

/**
 * An editable letter: a title and a body with {{placeholders}} filled from the case. Paragraphs are separated by
 * blank lines; "# " and "## " start headings; {{persons}} and {{timeline}} must stand alone in their paragraph.
 * A template naming an unknown placeholder is refused when saved, naming it.
 */
public record LetterTemplate(UUID id, InterventionKind kind, String language, String title, String body, int version) {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    public static final List<String> INLINE = List.of("case_code", "today", "subject", "recipients", "cosigners",
            "risk", "person_count", "latest_date", "latest_place", "latest_holder", "arrest_date", "arrest_place",
            "forces", "steps_taken", "submitter", "submitter_contact");
    public static final List<String> BLOCKS = List.of("persons", "timeline");

    public LetterTemplate {
        if (kind == null) {
            throw new InvalidInputException("kind", "a template needs a kind");
        }
        if (!"en".equals(language) && !"ko".equals(language)) {
            throw new InvalidInputException("language", "language must be en or ko (got '" + language + "')");
        }
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new InvalidInputException("title", "the title is required and at most 300 characters");
        }
        body = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (body.isEmpty() || body.length() > 50_000) {
            throw new InvalidInputException("body", "the body is required and at most 50000 characters (got "
                    + body.length() + ")");
        }
        for (String name : placeholders(title + "\n" + body)) {
            if (!INLINE.contains(name) && !BLOCKS.contains(name)) {
                throw new InvalidInputException("body", "unknown placeholder {{" + name + "}}; use "
                        + String.join(", ", INLINE) + ", or persons and timeline alone in a paragraph");
            }
        }
        for (String paragraph : body.split("\n\\s*\n")) {
            for (String block : BLOCKS) {
                if (paragraph.contains("{{" + block + "}}") && !paragraph.strip().equals("{{" + block + "}}")) {
                    throw new InvalidInputException("body", "{{" + block + "}} must stand alone in its paragraph");
                }
            }
        }
        if (placeholders(title).stream().anyMatch(BLOCKS::contains)) {
            throw new InvalidInputException("title", "the title cannot hold {{persons}} or {{timeline}}");
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
