package org.kirok.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void splits_a_draft_into_headings_numbered_paragraphs_and_recommendations() {
        List<Markup.Part> parts = Markup.parse("""
                # Fair trial
                Since May 2019 the submitters
                documented cases.

                ## Detail
                Second paragraph.
                - Repeal the law.
                * Release the detained.
                Third paragraph.""");
        assertThat(parts).containsExactly(new Markup.Heading(1, "Fair trial"),
                new Markup.Text("Since May 2019 the submitters documented cases."), new Markup.Heading(2, "Detail"),
                new Markup.Text("Second paragraph."), new Markup.Bullet("Repeal the law."),
                new Markup.Bullet("Release the detained."), new Markup.Text("Third paragraph."));
    }

    @Test
    void anything_else_is_paragraph_text_and_nothing_is_lost() {
        assertThat(Markup.parse("#nospace\n-nobullet\r\n\r\n#")).containsExactly(new Markup.Text("#nospace -nobullet"),
                new Markup.Text("#"));
        assertThat(Markup.parse("")).isEmpty();
        assertThat(Markup.parse(null)).isEmpty();
    }

    @Test
    void words_survive_parsing_whatever_the_layout() {
        java.util.Random random = new java.util.Random(11);
        String[] lines = {"# Heading words", "some paragraph words here", "", "- a recommendation of ours", "more text"};
        for (int round = 0; round < 200; round++) {
            StringBuilder body = new StringBuilder();
            int expected = 0;
            for (int i = 0; i < random.nextInt(30); i++) {
                String line = lines[random.nextInt(lines.length)];
                body.append(line).append(random.nextBoolean() ? "\n" : "\r\n");
                expected += org.kirok.upr.WordCount.of(line.replaceFirst("^[#-] ", ""));
            }
            int counted = Markup.parse(body.toString()).stream().mapToInt(part -> switch (part) {
                case Markup.Heading h -> org.kirok.upr.WordCount.of(h.text());
                case Markup.Text t -> org.kirok.upr.WordCount.of(t.text());
                case Markup.Bullet b -> org.kirok.upr.WordCount.of(b.text());
            }).sum();
            assertThat(counted).isEqualTo(expected);
        }
    }

    @Test
    void words_a_live_figure_in_plain_english() {
        LocalDate may = LocalDate.of(2019, 5, 9);
        assertThat(FigureText.sentence(OptionalLong.of(1217), 11, FigureText.list(List.of("Arbitrary detention",
                "Torture")), may, FigureText.Precision.MONTH))
                .isEqualTo("1,217 documented cases of arbitrary detention and torture since May 2019");
        assertThat(FigureText.sentence(OptionalLong.of(1), 11, "torture", may, FigureText.Precision.DAY))
                .isEqualTo("1 documented case of torture since 9 May 2019");
        assertThat(FigureText.sentence(OptionalLong.of(0), 11, "torture", may, FigureText.Precision.YEAR))
                .isEqualTo("no documented cases of torture since 2019");
        assertThat(FigureText.sentence(OptionalLong.empty(), 11, "torture", may, FigureText.Precision.YEAR))
                .isEqualTo("fewer than 11 documented cases of torture since 2019");
        assertThat(FigureText.list(List.of("ICCPR violations", "Torture", "Unfair trial")))
                .isEqualTo("ICCPR violations, torture and unfair trial");
    }

    @Test
    void numbers_cycles_and_sessions_in_english() {
        assertThat(SubmissionRenderer.ordinal(1)).isEqualTo("1st");
        assertThat(SubmissionRenderer.ordinal(2)).isEqualTo("2nd");
        assertThat(SubmissionRenderer.ordinal(3)).isEqualTo("3rd");
        assertThat(SubmissionRenderer.ordinal(11)).isEqualTo("11th");
        assertThat(SubmissionRenderer.ordinal(47)).isEqualTo("47th");
        assertThat(SubmissionRenderer.ordinal(112)).isEqualTo("112th");
    }
}
