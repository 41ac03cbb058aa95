package org.kirok.urgent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.kirok.event.FuzzyDates;
import org.kirok.publish.Publication;

/**
 * Fills a {@link LetterTemplate} into a {@link Publication}: inline placeholders become text, {{persons}} a list,
 * {{timeline}} a table of the custody events. A value that is not known is written as "[not known]" in the
 * letter's language, so a reader sees the gap instead of a blank. Stateless.
 */
final class LetterWriter {
    private LetterWriter() {
    }

    /** Everything a letter may say, already in the letter's language; persons as the reader may see them. */
    record Facts(Map<String, String> inline, List<String> persons, List<CustodyEvent> events) {
    }

    static Publication write(LetterTemplate template, Facts facts) {
        String language = template.language();
        List<Publication.Block> blocks = new ArrayList<>();
        for (String paragraph : template.body().split("\n\\s*\n")) {
            String text = paragraph.strip();
            if (text.equals("{{persons}}")) {
                blocks.add(new Publication.Bullets(facts.persons().isEmpty() ? List.of(unknown(language)) : facts.persons()));
            } else if (text.equals("{{timeline}}")) {
                blocks.add(timeline(facts.events(), language));
            } else if (text.startsWith("## ")) {
                blocks.add(new Publication.Heading(2, fill(text.substring(3), facts, language)));
            } else if (text.startsWith("# ")) {
                blocks.add(new Publication.Heading(1, fill(text.substring(2), facts, language)));
            } else {
                blocks.add(Publication.Paragraph.plain(fill(text, facts, language)));
            }
        }
        return new Publication(fill(template.title(), facts, language), Optional.empty(), language, blocks);
    }

    static String fill(String text, Facts facts, String language) {
        Matcher matcher = LetterTemplate.PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = Optional.ofNullable(facts.inline().get(matcher.group(1))).filter(v -> !v.isBlank())
                    .orElse(unknown(language));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Publication.Table timeline(List<CustodyEvent> events, String language) {
        boolean ko = "ko".equals(language);
        List<String> header = ko ? List.of("날짜", "사건", "장소", "구금 주체") : List.of("Date", "Event", "Place", "Held by");
        List<List<String>> rows = events.stream().map(e -> List.of(FuzzyDates.show(e.date(), language),
                e.type().code(), e.place().map(p -> p.name(language) + ", " + p.countryCode()).orElse("—"),
                e.holder().map(CustodyEvent.Holder::name).orElse("—"))).toList();
        return new Publication.Table(header, rows);
    }

    static String unknown(String language) {
        return "ko".equals(language) ? "[알 수 없음]" : "[not known]";
    }
}
