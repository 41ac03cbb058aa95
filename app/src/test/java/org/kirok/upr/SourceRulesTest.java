package org.kirok.upr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.kirok.store.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The small rules of reading UN exports: responses, sessions and cycles, character references, deadlines. */
class SourceRulesTest {

    @Test
    void only_a_clear_acceptance_is_supported() {
        assertThat(Response.fromWording("Accepted", "r")).contains(Response.SUPPORTED);
        assertThat(Response.fromWording("Supported", "r")).contains(Response.SUPPORTED);
        assertThat(Response.fromWording("Noted", "r")).contains(Response.NOTED);
        assertThat(Response.fromWording("Rejected", "r")).contains(Response.NOTED);
        assertThat(Response.fromWording("Accepted in part", "r")).contains(Response.NOTED);
        assertThat(Response.fromWording("Accepted in principle", "r")).contains(Response.NOTED);
        assertThat(Response.fromWording("Not supported", "r")).contains(Response.NOTED);
        assertThat(Response.fromWording("", "r")).isEmpty();
        assertThat(Response.fromWording("pending", "r")).isEmpty();
    }

    @Test
    void rejects_a_response_without_words() {
        assertThatThrownBy(() -> Response.fromWording("12", "upr_position"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'12'");
    }

    @Test
    void sessions_belong_to_their_cycles() {
        assertThat(RecommendationRow.cycleOf(1)).isEqualTo(1);
        assertThat(RecommendationRow.cycleOf(12)).isEqualTo(1);
        assertThat(RecommendationRow.cycleOf(13)).isEqualTo(2);
        assertThat(RecommendationRow.cycleOf(26)).isEqualTo(2);
        assertThat(RecommendationRow.cycleOf(27)).isEqualTo(3);
        assertThat(RecommendationRow.cycleOf(40)).isEqualTo(3);
        assertThat(RecommendationRow.cycleOf(41)).isEqualTo(4);
        assertThat(RecommendationRow.cycleOf(54)).isEqualTo(4);
        assertThat(RecommendationRow.cycleOf(55)).isEqualTo(5);
    }

    @Test
    void reads_uhri_session_numbers_in_their_usual_spellings() {
        assertThat(UhriFormat.session("47")).isEqualTo(47);
        assertThat(UhriFormat.session("47th session")).isEqualTo(47);
        assertThat(UhriFormat.session("Session 33")).isEqualTo(33);
        assertThat(UhriFormat.session("UPR 19")).isEqualTo(19);
        assertThatThrownBy(() -> UhriFormat.session("fourth cycle")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fourth cycle");
    }

    @Test
    void decodes_character_references_and_splits_lists() {
        assertThat(SourceText.unescape("&#40;Unknown&#41;")).isEqualTo("(Unknown)");
        assertThat(SourceText.unescape("Bosnia &amp; Herzegovina")).isEqualTo("Bosnia & Herzegovina");
        assertThat(SourceText.unescape("&#x D;")).isEqualTo("&#x D;");
        assertThat(SourceText.split("France; Germany|Japan\n ;", ";|\n")).containsExactly("France", "Germany", "Japan");
    }

    @Test
    void the_default_deadline_is_noon_geneva_seven_months_before_the_session() {
        Session session47 = new Session(47, 4, Optional.of(LocalDate.of(2024, 11, 4)), Optional.empty(), Optional.empty(),
                Optional.empty(), 1);
        Deadline deadline = Deadline.of(session47, Optional.empty(), 7).orElseThrow();
        assertThat(deadline.at()).isEqualTo(Instant.parse("2024-04-04T10:00:00Z")); // CEST, UTC+2
        assertThat(deadline.published()).isFalse();
        Session winter = new Session(45, 4, Optional.of(LocalDate.of(2024, 1, 22)), Optional.empty(), Optional.empty(),
                Optional.empty(), 1);
        assertThat(Deadline.of(winter, Optional.empty(), 7).orElseThrow().at()).isEqualTo(Instant.parse("2023-06-22T10:00:00Z"));
        assertThat(deadline.daysLeft(Instant.parse("2024-04-01T10:00:00Z"))).isEqualTo(3);
    }

    @Test
    void a_published_deadline_wins_and_an_unknown_session_has_none() {
        Instant published = Instant.parse("2024-04-08T10:00:00Z");
        Session session = new Session(47, 4, Optional.of(LocalDate.of(2024, 11, 4)), Optional.empty(),
                Optional.of(published), Optional.empty(), 1);
        assertThat(Deadline.of(session, Optional.empty(), 7)).contains(new Deadline(published, true));
        Session undated = new Session(50, 4, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 1);
        assertThat(Deadline.of(undated, Optional.empty(), 7)).isEmpty();
        assertThat(Deadline.of(undated, Optional.of(LocalDate.of(2025, 5, 5)), 6).orElseThrow().at())
                .isEqualTo(Instant.parse("2024-11-05T11:00:00Z")); // CET, UTC+1
    }

    @Test
    void counts_words_as_word_processors_do() {
        assertThat(WordCount.of("Repeal the law.")).isEqualTo(3);
        assertThat(WordCount.of("non-refoulement of the DPRK's escapees")).isEqualTo(5);
        assertThat(WordCount.of("5,630 words — A/HRC/58")).isEqualTo(5);
        assertThat(WordCount.of("온성 집결소에서 강제노동")).isEqualTo(3);
        assertThat(WordCount.of("  ... — ; ")).isZero();
        assertThat(WordCount.of(null)).isZero();
    }

    @Test
    void words_separated_by_any_punctuation_and_space_are_counted_once_each() {
        java.util.Random random = new java.util.Random(5);
        String[] separators = {" ", "  ", "\n", ", ", "; ", " — ", ". ", " (", ") ", "\t"};
        String[] words = {"fair", "trial", "공정한", "재판", "2019", "ICCPR", "non-refoulement", "state's"};
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(40);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < n; i++) {
                text.append(words[random.nextInt(words.length)]).append(separators[random.nextInt(separators.length)]);
            }
            assertThat(WordCount.of(text.toString())).as(text.toString()).isEqualTo(n);
        }
    }
}
