package org.kirok.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Random;
import org.kirok.store.InvalidInputException;
import org.junit.jupiter.api.Test;

class TimingTest {

    private static String words(int n) {
        return String.join(" ", java.util.Collections.nCopies(n, "word"));
    }

    @Test
    void the_seed_statement_of_243_words_runs_over_an_interactive_dialogue_slot() {
        Timing timing = Timing.of(words(243), 90, 150);
        assertThat(timing.words()).isEqualTo(243);
        assertThat(timing.seconds()).isEqualTo(97.2).isBetween(90.0, 100.0);
        assertThat(timing.overTime()).isTrue();
        assertThat(timing.overBySeconds()).isEqualTo(7.2);
        assertThat(timing.wordBudget()).isEqualTo(225);
        assertThat(timing.wordsToCut()).isEqualTo(18);
        assertThat(timing.spoken()).isEqualTo("1 min 37 s");
    }

    @Test
    void at_the_measured_rate_the_seed_statement_takes_about_95_seconds() {
        assertThat(Timing.of(words(243), 90, 154).seconds()).isBetween(94.0, 96.0);
    }

    @Test
    void a_text_within_the_slot_needs_no_cut() {
        Timing timing = Timing.of(words(200), 120, 150);
        assertThat(timing.overTime()).isFalse();
        assertThat(timing.overBySeconds()).isZero();
        assertThat(timing.wordsToCut()).isZero();
    }

    @Test
    void cutting_the_words_it_names_always_fits_the_slot() {
        Random random = new Random(42);
        for (int i = 0; i < 500; i++) {
            int slot = 10 + random.nextInt(300);
            int rate = 60 + random.nextInt(241);
            Timing timing = Timing.of(words(random.nextInt(800)), slot, rate);
            Timing cut = Timing.of(words(timing.words() - timing.wordsToCut()), slot, rate);
            assertThat(cut.overTime()).as("%s", timing).isFalse();
            assertThat(timing.seconds()).isGreaterThanOrEqualTo(cut.seconds());
        }
    }

    @Test
    void rejects_impossible_rates_and_slots() {
        assertThatThrownBy(() -> Timing.of("a b", 90, 0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("got 0");
        assertThatThrownBy(() -> Timing.of("a b", 0, 150)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("slot");
    }

    @Test
    void reads_and_writes_video_time_stamps() {
        assertThat(Delivery.parseClock("1:02:05", "starts_at")).contains(3725);
        assertThat(Delivery.parseClock("62:05", "starts_at")).contains(3725);
        assertThat(Delivery.parseClock("95", "starts_at")).contains(95);
        assertThat(Delivery.parseClock(" ", "starts_at")).isEmpty();
        assertThat(Delivery.clock(3725)).isEqualTo("1:02:05");
        assertThat(Delivery.clock(95)).isEqualTo("1:35");
        assertThatThrownBy(() -> Delivery.parseClock("1h02", "ends_at")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ends_at");
    }

    @Test
    void rejects_a_delivery_that_ends_before_it_starts_or_links_elsewhere_than_the_web() {
        var day = java.time.LocalDate.of(2025, 3, 19);
        assertThatThrownBy(() -> new Delivery(java.util.UUID.randomUUID(), day, "Speaker", Optional.empty(),
                Optional.of(100), Optional.of(90), Optional.empty())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cannot end (90 s)");
        assertThatThrownBy(() -> new Delivery(java.util.UUID.randomUUID(), day, "Speaker",
                Optional.of("javascript:alert(1)"), Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("http");
    }
}
