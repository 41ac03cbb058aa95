package org.kirok.urgent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.event.FuzzyDate;
import org.kirok.place.PlaceLevel;
import org.junit.jupiter.api.Test;

class WgeidCheckTest {
    private static final UUID CASE = UUID.randomUUID();
    private static final UUID PERSON = UUID.randomUUID();

    static CustodyEvent event(CustodyType type, FuzzyDate date, PlaceLevel level, boolean holder) {
        return new CustodyEvent(UUID.randomUUID(), type, date, Optional.of(new CustodyEvent.EventPlace(UUID.randomUUID(),
                "Lao Cai", "", "VN", Optional.of(22.48), Optional.of(103.97), level.depth())),
                holder ? Optional.of(new CustodyEvent.Holder(UUID.randomUUID(), "Vietnamese police", Optional.of("VN")))
                        : Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Instant.now());
    }

    private static WgeidCommunication complete() {
        return new WgeidCommunication(CASE, true, Optional.empty(), Optional.of(UUID.randomUUID()),
                Optional.of("Hanbit"), Optional.of("urgent@example.org"), true, 1);
    }

    @Test
    void an_empty_case_lacks_every_element() {
        assertThat(WgeidCheck.missing(List.of(), Map.of(), WgeidCommunication.empty(CASE)))
                .containsExactly(WgeidElement.values());
    }

    @Test
    void a_complete_case_lacks_nothing() {
        List<CustodyEvent> events = List.of(event(CustodyType.ARREST, FuzzyDate.day(LocalDate.of(2015, 10, 22)),
                PlaceLevel.CITY, true));
        assertThat(WgeidCheck.missing(events, Map.of(PERSON, 1), complete())).isEmpty();
    }

    @Test
    void a_year_alone_a_country_alone_or_no_holder_are_each_missing() {
        CustodyEvent vague = event(CustodyType.ARREST, FuzzyDate.year(2015), PlaceLevel.COUNTRY, false);
        assertThat(WgeidCheck.missing(List.of(vague), Map.of(PERSON, 1), complete())).containsExactly(
                WgeidElement.DATE_OF_ARREST, WgeidElement.PLACE_OF_ARREST, WgeidElement.FORCES_RESPONSIBLE);
        CustodyEvent month = event(CustodyType.ARREST, FuzzyDate.month(YearMonth.of(2015, 10)), PlaceLevel.LOCALITY, true);
        assertThat(WgeidCheck.missing(List.of(month), Map.of(PERSON, 1), complete())).isEmpty();
    }

    @Test
    void a_person_without_a_recorded_name_leaves_the_identity_missing() {
        List<CustodyEvent> events = List.of(event(CustodyType.ARREST, FuzzyDate.day(LocalDate.of(2015, 10, 22)),
                PlaceLevel.CITY, true));
        assertThat(WgeidCheck.missing(events, Map.of(PERSON, 1, UUID.randomUUID(), 0), complete()))
                .containsExactly(WgeidElement.PERSON_IDENTITY);
    }

    @Test
    void the_arrest_is_the_first_arrest_not_the_first_event() {
        CustodyEvent transfer = event(CustodyType.TRANSFER, FuzzyDate.UNKNOWN, PlaceLevel.COUNTRY, false);
        CustodyEvent arrest = event(CustodyType.ARREST, FuzzyDate.day(LocalDate.of(2015, 10, 22)), PlaceLevel.CITY, true);
        assertThat(WgeidCheck.arrest(List.of(transfer, arrest))).contains(arrest);
        assertThat(WgeidCheck.missing(List.of(transfer, arrest), Map.of(PERSON, 2), complete())).isEmpty();
    }

    @Test
    void steps_submitter_and_consent_come_from_the_communication() {
        List<CustodyEvent> events = List.of(event(CustodyType.ARREST, FuzzyDate.day(LocalDate.of(2015, 10, 22)),
                PlaceLevel.CITY, true));
        WgeidCommunication noContact = new WgeidCommunication(CASE, false, Optional.empty(), Optional.of(UUID.randomUUID()),
                Optional.of("Hanbit"), Optional.empty(), false, 1);
        assertThat(WgeidCheck.missing(events, Map.of(PERSON, 1), noContact)).containsExactly(WgeidElement.STEPS_TAKEN,
                WgeidElement.SUBMITTER, WgeidElement.FAMILY_CONSENT);
    }
}
