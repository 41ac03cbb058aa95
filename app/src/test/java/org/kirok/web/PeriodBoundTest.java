package org.kirok.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.kirok.store.InvalidInputException;

class PeriodBoundTest {

    @Test
    void reads_period_bounds_as_years_months_or_days() {
        assertThat(PeriodBound.day("from", "2019", true)).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(PeriodBound.day("to", "2019", false)).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(PeriodBound.day("to", "2020-02", false)).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(PeriodBound.day("from", "2020-02-03", true)).isEqualTo(LocalDate.of(2020, 2, 3));
    }

    @Test
    void names_the_field_and_what_was_typed_when_it_is_no_date() {
        assertThatThrownBy(() -> PeriodBound.day("to", "2020-13", false)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("to must be").hasMessageContaining("2020-13");
    }
}
