package org.kirok.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.kirok.store.InvalidInputException;
import org.junit.jupiter.api.Test;

class FuzzyDateParserTest {

    @Test
    void reads_a_day_a_month_a_year_and_a_decade() {
        assertThat(FuzzyDateParser.parse("2019-05-01")).isEqualTo(FuzzyDate.day(LocalDate.of(2019, 5, 1)));
        FuzzyDate month = FuzzyDateParser.parse("2019-05");
        assertThat(month.precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(month.start()).contains(LocalDate.of(2019, 5, 1));
        assertThat(month.end()).contains(LocalDate.of(2019, 5, 31));
        FuzzyDate year = FuzzyDateParser.parse("2019");
        assertThat(year.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(year.end()).contains(LocalDate.of(2019, 12, 31));
        assertThat(FuzzyDateParser.parse("199x")).isEqualTo(FuzzyDate.decade(1990));
        assertThat(FuzzyDateParser.parse("1990s")).isEqualTo(FuzzyDate.decade(1990));
    }

    @Test
    void reads_korean_forms() {
        assertThat(FuzzyDateParser.parse("2019년 5월 1일")).isEqualTo(FuzzyDate.day(LocalDate.of(2019, 5, 1)));
        assertThat(FuzzyDateParser.parse("2019년 5월").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(FuzzyDateParser.parse("1990년대")).isEqualTo(FuzzyDate.decade(1990));
        assertThat(FuzzyDateParser.parse("2010년 이전").qualifier()).isEqualTo(DateQualifier.BEFORE);
        assertThat(FuzzyDateParser.parse("2015년 이후").qualifier()).isEqualTo(DateQualifier.AFTER);
        assertThat(FuzzyDateParser.parse("2019년경").qualifier()).isEqualTo(DateQualifier.ABOUT);
        assertThat(FuzzyDateParser.parse("모름")).isEqualTo(FuzzyDate.UNKNOWN);
    }

    @Test
    void before_ends_the_day_before_and_after_starts_the_day_after() {
        FuzzyDate before = FuzzyDateParser.parse("before 2010");
        assertThat(before.start()).isEmpty();
        assertThat(before.end()).contains(LocalDate.of(2009, 12, 31));
        FuzzyDate after = FuzzyDateParser.parse("after 2015-03");
        assertThat(after.start()).contains(LocalDate.of(2015, 4, 1));
        assertThat(after.end()).isEmpty();
    }

    @Test
    void a_range_keeps_both_ends() {
        FuzzyDate range = FuzzyDateParser.parse("2019-05..2019-07");
        assertThat(range.qualifier()).isEqualTo(DateQualifier.BETWEEN);
        assertThat(range.start()).contains(LocalDate.of(2019, 5, 1));
        assertThat(range.end()).contains(LocalDate.of(2019, 7, 31));
    }

    @Test
    void empty_and_question_mark_are_unknown() {
        assertThat(FuzzyDateParser.parse("")).isEqualTo(FuzzyDate.UNKNOWN);
        assertThat(FuzzyDateParser.parse(" ? ")).isEqualTo(FuzzyDate.UNKNOWN);
        assertThat(FuzzyDateParser.parse(null)).isEqualTo(FuzzyDate.UNKNOWN);
    }

    @Test
    void refuses_impossible_and_unreadable_dates_naming_the_field() {
        assertThatThrownBy(() -> FuzzyDateParser.parse("2019-02-30", "date_start"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("date_start"));
        assertThatThrownBy(() -> FuzzyDateParser.parse("last spring")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("2019-05");
        assertThatThrownBy(() -> FuzzyDateParser.parse("1066")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FuzzyDateParser.parse("2019-07..2019-05")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void every_date_reads_back_from_its_canonical_text() {
        Random random = new Random(20261122L);
        for (int i = 0; i < 2000; i++) {
            LocalDate day = LocalDate.of(1950 + random.nextInt(75), 1 + random.nextInt(12), 1).plusDays(random.nextInt(28));
            FuzzyDate base = switch (random.nextInt(4)) {
                case 0 -> FuzzyDate.day(day);
                case 1 -> FuzzyDate.month(java.time.YearMonth.from(day));
                case 2 -> FuzzyDate.year(day.getYear());
                default -> FuzzyDate.decade(day.getYear());
            };
            FuzzyDate date = switch (random.nextInt(4)) {
                case 0 -> base.about();
                case 1 -> base.before();
                case 2 -> base.after();
                default -> base;
            };
            assertThat(FuzzyDateParser.parse(date.toString())).as(date.toString()).isEqualTo(date);
            String english = FuzzyDates.show(date, "en");
            String korean = FuzzyDates.show(date, "ko");
            assertThat(english).isNotBlank();
            assertThat(korean).isNotBlank();
        }
    }
}
