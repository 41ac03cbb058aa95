package org.kirok.advocacy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.InvalidInputException;
import org.junit.jupiter.api.Test;

class CalendarEntryTest {

    @Test
    void rejects_an_end_before_the_start_naming_both_days() {
        assertThatThrownBy(() -> new CalendarEntry(UUID.randomUUID(), CalendarKind.HRC_SESSION, "HRC 58",
                LocalDate.of(2025, 4, 4), Optional.of(LocalDate.of(2025, 2, 24)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2025-02-24").hasMessageContaining("2025-04-04");
    }

    @Test
    void rejects_a_time_without_a_zone_and_an_unknown_zone() {
        assertThatThrownBy(() -> new CalendarEntry(UUID.randomUUID(), CalendarKind.UPR_DEADLINE, "due",
                LocalDate.of(2024, 4, 8), Optional.empty(), Optional.of(LocalTime.NOON), Optional.empty(), Optional.empty(),
                Optional.empty(), 1)).hasMessageContaining("time zone");
        assertThatThrownBy(() -> CalendarEntry.zone(Optional.of("Geneva/Noon"))).hasMessageContaining("'Geneva/Noon'");
    }

    @Test
    void rejects_a_link_that_is_not_http() {
        assertThatThrownBy(() -> new CalendarEntry(UUID.randomUUID(), CalendarKind.OTHER, "x", LocalDate.of(2024, 1, 1),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("javascript:alert(1)"), 1))
                .hasMessageContaining("javascript:alert(1)");
        assertThatThrownBy(() -> new CalendarEntry(UUID.randomUUID(), CalendarKind.OTHER, "x", LocalDate.of(2024, 1, 1),
                Optional.of(LocalDate.of(2024, 1, 2)), Optional.of(LocalTime.NOON), Optional.of(ZoneId.of("UTC")),
                Optional.empty(), Optional.empty(), 1)).hasMessageContaining("one day");
    }
}
