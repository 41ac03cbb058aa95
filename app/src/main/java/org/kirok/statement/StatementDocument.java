package org.kirok.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kirok.publish.Publication;

/**
 * A statement as it is handed to the speaker and filed: session, item and debate; who delivers and co-signs it;
 * the English text to be read; timing at the rate used; the deliveries on record; and the Korean working translation,
 * marked as not for delivery.
 */
final class StatementDocument {
    private StatementDocument() {
    }

    static Publication of(Statement statement, Timing timing) {
        List<Publication.Block> blocks = new ArrayList<>();
        if (!statement.signatories().isEmpty()) {
            blocks.add(new Publication.Heading(2, statement.signatories().size() > 1 ? "Delivered and co-signed by" : "Delivered by"));
            blocks.add(new Publication.Bullets(statement.signatories().stream().map(s -> s.nameEn()
                    + s.nameKo().filter(ko -> !ko.equals(s.nameEn())).map(ko -> " (" + ko + ")").orElse("")).toList()));
        }
        statement.speaker().ifPresent(speaker -> blocks.add(Publication.Paragraph.plain("Speaker: " + speaker)));
        blocks.add(Publication.Paragraph.plain(String.format(Locale.ENGLISH,
                "%d words, about %s at %d words per minute (slot: %d s)%s", timing.words(), timing.spoken(),
                timing.wordsPerMinute(), timing.slotSeconds(), timing.overTime()
                        ? String.format(Locale.ENGLISH, " — over by %.1f s: cut about %d words", timing.overBySeconds(),
                        timing.wordsToCut()) : "")));
        blocks.add(new Publication.Heading(2, "Statement"));
        paragraphs(statement.textEn()).forEach(p -> blocks.add(Publication.Paragraph.plain(p)));
        if (!statement.deliveries().isEmpty()) {
            blocks.add(new Publication.Heading(2, "Delivery"));
            blocks.add(new Publication.Table(List.of("Date", "Speaker", "Recording", "From", "To"),
                    statement.deliveries().stream().map(d -> List.of(d.deliveredOn().toString(), d.speaker(),
                            d.videoUrl().orElse(""), d.startsAt().map(Delivery::clock).orElse(""),
                            d.endsAt().map(Delivery::clock).orElse(""))).toList()));
        }
        if (!statement.textKo().isBlank()) {
            blocks.add(new Publication.Heading(2, "Korean working translation (not for delivery) · 한국어 작업 번역 (발언용 아님)"));
            paragraphs(statement.textKo()).forEach(p -> blocks.add(Publication.Paragraph.plain(p)));
        }
        String subtitle = "Human Rights Council, " + ordinal(statement.hrcSession()) + " session — " + statement.agendaItem()
                + statement.debate().map(d -> ": " + d).orElse("");
        return new Publication(statement.title(), Optional.of(subtitle), "en", blocks);
    }

    private static List<String> paragraphs(String text) {
        return List.of(text.replace("\r\n", "\n").split("\n\\s*\n")).stream().map(p -> p.replace('\n', ' ').strip())
                .filter(p -> !p.isEmpty()).toList();
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
