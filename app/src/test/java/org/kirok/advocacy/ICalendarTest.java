package org.kirok.advocacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ICalendarTest {
    private static final Instant STAMP = Instant.parse("2024-03-01T09:00:00Z");

    private static CalendarEntry session() {
        return new CalendarEntry(UUID.fromString("00000000-0000-0000-0000-000000000047"), CalendarKind.UPR_SESSION,
                "UPR Working Group, 47th session; DPRK review, 4th cycle", LocalDate.of(2024, 11, 4),
                Optional.of(LocalDate.of(2024, 11, 15)), Optional.empty(), Optional.empty(),
                Optional.of("조선민주주의인민공화국 제4주기 국가별 정례인권검토\nReview: 7 November"),
                Optional.of("https://www.ohchr.org/en/hr-bodies/upr/upr-main"), 1);
    }

    private static CalendarEntry deadline() {
        return new CalendarEntry(UUID.fromString("00000000-0000-0000-0000-000000000048"), CalendarKind.UPR_DEADLINE,
                "Stakeholder submissions due (DPRK, UPR 47)", LocalDate.of(2024, 4, 8), Optional.empty(),
                Optional.of(LocalTime.NOON), Optional.of(ZoneId.of("Europe/Zurich")), Optional.empty(), Optional.empty(), 1);
    }

    @Test
    void a_standard_parser_reads_the_export_back_with_korean_text_dates_and_the_utc_deadline() throws Exception {
        String ics = ICalendar.write("Kirok", List.of(ICalendar.event(session(), "kirok.example"),
                ICalendar.event(deadline(), "kirok.example")), STAMP);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        VEvent session = events.get(0);
        assertThat(session.getProperty("SUMMARY").orElseThrow().getValue())
                .isEqualTo("UPR Working Group, 47th session; DPRK review, 4th cycle");
        assertThat(session.getProperty("DESCRIPTION").orElseThrow().getValue())
                .isEqualTo("조선민주주의인민공화국 제4주기 국가별 정례인권검토\nReview: 7 November");
        assertThat(session.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20241104");
        assertThat(session.getProperty("DTEND").orElseThrow().getValue()).isEqualTo("20241116");
        assertThat(session.getProperty("UID").orElseThrow().getValue())
                .isEqualTo("00000000-0000-0000-0000-000000000047@kirok.example");
        // noon in Geneva on 8 April 2024 is 10:00 UTC (summer time)
        assertThat(events.get(1).getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20240408T100000Z");
    }

    @Test
    void every_line_ends_in_crlf_and_holds_at_most_75_octets() {
        String ics = ICalendar.write("Kirok", List.of(ICalendar.event(session(), "kirok.example")), STAMP);
        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void folding_then_unfolding_gives_back_any_text_without_splitting_a_character() {
        Random random = new Random(20240408L);
        String alphabet = "abc ;,\\가나다라마바사아자차카타파하😀é";
        for (int round = 0; round < 300; round++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(300);
            for (int i = 0; i < length; i++) {
                value.appendCodePoint(alphabet.codePoints().toArray()[random.nextInt(alphabet.codePointCount(0, alphabet.length()))]);
            }
            StringBuilder out = new StringBuilder();
            ICalendar.line(out, "SUMMARY:" + value);
            String folded = out.toString();
            for (String line : folded.split("\r\n")) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
                assertThat(line).doesNotContain("\uFFFD");
            }
            assertThat(folded.replace("\r\n ", "")).isEqualTo("SUMMARY:" + value + "\r\n");
        }
    }

    @Test
    void text_values_escape_backslashes_semicolons_commas_and_newlines() {
        assertThat(ICalendar.text("a\\b;c,d\ne\r\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    void an_empty_calendar_is_still_valid() throws Exception {
        String ics = ICalendar.write("Kirok", List.of(), STAMP);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getComponents("VEVENT")).isEmpty();
    }
}
