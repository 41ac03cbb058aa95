package org.kirok.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.kirok.store.InvalidInputException;

/**
 * A filter's period bound as people type it: a year (2019), a month (2019-11) or a day (2019-11-09). As the start
 * of a period it means the first day, as the end the last, so "from 2019 to 2019" is the whole year.
 */
public final class PeriodBound {
    private PeriodBound() {
    }

    public static LocalDate day(String field, String text, boolean start) {
        try {
            if (text.matches("\\d{4}")) {
                int year = Integer.parseInt(text);
                return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(text);
                return start ? month.atDay(1) : month.atEndOfMonth();
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a year (2019), a month (2019-11) or a day "
                    + "(2019-11-09) (got '" + text + "')");
        }
    }
}
