package org.kirok.urgent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kirok.event.FuzzyDate;
import org.kirok.place.PlaceLevel;
import org.kirok.publish.Publication;
import org.kirok.store.InvalidInputException;
import org.junit.jupiter.api.Test;

class LetterTemplateTest {

    private static LetterTemplate template(String title, String body) {
        return new LetterTemplate(UUID.randomUUID(), InterventionKind.GOVERNMENT_APPEAL, "en", title, body, 1);
    }

    @Test
    void fills_placeholders_lists_persons_and_tabulates_the_route() {
        LetterTemplate template = template("Appeal {{case_code}}", "# To {{recipients}}\n\nHeld by {{latest_holder}}.\n\n"
                + "{{persons}}\n\n{{timeline}}\n\nRisk: {{risk}}; steps: {{steps_taken}}");
        CustodyEvent arrest = WgeidCheckTest.event(CustodyType.ARREST, FuzzyDate.day(LocalDate.of(2015, 10, 22)),
                PlaceLevel.CITY, true);
        Publication letter = LetterWriter.write(template, new LetterWriter.Facts(Map.of("case_code", "UC-2015-0001",
                "recipients", "Ministry of Foreign Affairs", "latest_holder", "Vietnamese police", "risk", "elevated"),
                List.of("P-0000AAAA"), List.of(arrest)));
        assertThat(letter.title()).isEqualTo("Appeal UC-2015-0001");
        assertThat(letter.blocks()).hasSize(5);
        assertThat(letter.blocks().get(0)).isEqualTo(new Publication.Heading(1, "To Ministry of Foreign Affairs"));
        assertThat(letter.blocks().get(1)).isEqualTo(Publication.Paragraph.plain("Held by Vietnamese police."));
        assertThat(letter.blocks().get(2)).isEqualTo(new Publication.Bullets(List.of("P-0000AAAA")));
        Publication.Table table = (Publication.Table) letter.blocks().get(3);
        assertThat(table.rows()).containsExactly(List.of("2015-10-22", "arrest", "Lao Cai, VN", "Vietnamese police"));
        assertThat(letter.blocks().get(4)).isEqualTo(Publication.Paragraph.plain("Risk: elevated; steps: [not known]"));
    }

    @Test
    void a_value_with_regex_characters_is_written_as_is() {
        assertThat(LetterWriter.fill("{{subject}}", new LetterWriter.Facts(Map.of("subject", "$1 \\ ok"), List.of(),
                List.of()), "en")).isEqualTo("$1 \\ ok");
    }

    @Test
    void rejects_an_unknown_placeholder_naming_it() {
        assertThatThrownBy(() -> template("t", "Dear {{name_of_victim}}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("{{name_of_victim}}");
    }

    @Test
    void rejects_a_block_placeholder_inside_a_sentence_or_the_title() {
        assertThatThrownBy(() -> template("t", "They are {{persons}} and more")).hasMessageContaining("stand alone");
        assertThatThrownBy(() -> template("{{timeline}}", "x")).hasMessageContaining("title");
    }

    @Test
    void rejects_an_empty_body_and_an_unknown_language() {
        assertThatThrownBy(() -> template("t", "  ")).hasMessageContaining("body");
        assertThatThrownBy(() -> new LetterTemplate(UUID.randomUUID(), InterventionKind.UNHCR, "fr", "t", "b", 1))
                .hasMessageContaining("'fr'");
    }

    @Test
    void the_seeded_placeholders_are_all_known() {
        for (String name : LetterTemplate.INLINE) {
            template("t", "{{" + name + "}}");
        }
    }
}
