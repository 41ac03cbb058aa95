package org.kirok.event;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.kirok.store.InvalidInputException;

/**
 * A date as witnesses know it: a day, a month, a year, a decade, or nothing; possibly "about", "before", "after"
 * or "between" (HURIDOCS: date with precision). Stored as the earliest and latest possible day, so that filters by
 * period work on every precision: an act "in 2019" overlaps May 2019.
 *
 * @param start earliest possible day (empty: open-ended, e.g. "before 2010", or unknown)
 * @param end   latest possible day (empty: open-ended, e.g. "after 2015", or unknown)
 */
public record FuzzyDate(Optional<LocalDate> start, Optional<LocalDate> end, DatePrecision precision,
                        DateQualifier qualifier) {

    public static final FuzzyDate UNKNOWN = new FuzzyDate(Optional.empty(), Optional.empty(), DatePrecision.UNKNOWN,
            DateQualifier.ON);

    public FuzzyDate {
        if (precision == DatePrecision.UNKNOWN && (start.isPresent() || end.isPresent())) {
            throw new IllegalArgumentException("an unknown date has no bounds");
        }
        if (precision != DatePrecision.UNKNOWN && start.isEmpty() && end.isEmpty()) {
            throw new IllegalArgumentException("a " + precision + " date needs a bound");
        }
        if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
            throw new InvalidInputException("date", "the date range starts after it ends (" + start.get() + " > "
                    + end.get() + ")");
        }
    }

    public static FuzzyDate day(LocalDate day) {
        return new FuzzyDate(Optional.of(day), Optional.of(day), DatePrecision.DAY, DateQualifier.ON);
    }

    public static FuzzyDate month(YearMonth month) {
        return new FuzzyDate(Optional.of(month.atDay(1)), Optional.of(month.atEndOfMonth()), DatePrecision.MONTH,
                DateQualifier.ON);
    }

    public static FuzzyDate year(int year) {
        return new FuzzyDate(Optional.of(LocalDate.of(year, 1, 1)), Optional.of(LocalDate.of(year, 12, 31)),
                DatePrecision.YEAR, DateQualifier.ON);
    }

    public static FuzzyDate decade(int firstYear) {
        int decade = firstYear - Math.floorMod(firstYear, 10);
        return new FuzzyDate(Optional.of(LocalDate.of(decade, 1, 1)), Optional.of(LocalDate.of(decade + 9, 12, 31)),
                DatePrecision.DECADE, DateQualifier.ON);
    }

    public FuzzyDate about() {
        return new FuzzyDate(start, end, precision, DateQualifier.ABOUT);
    }

    /** Strictly before this date: ends the day before it starts. */
    public FuzzyDate before() {
        return new FuzzyDate(Optional.empty(), start.map(d -> d.minusDays(1)), precision, DateQualifier.BEFORE);
    }

    /** Strictly after this date: starts the day after it ends. */
    public FuzzyDate after() {
        return new FuzzyDate(end.map(d -> d.plusDays(1)), Optional.empty(), precision, DateQualifier.AFTER);
    }

    public static FuzzyDate between(FuzzyDate from, FuzzyDate to) {
        DatePrecision coarser = from.precision.ordinal() >= to.precision.ordinal() ? from.precision : to.precision;
        return new FuzzyDate(from.start, to.end, coarser, DateQualifier.BETWEEN);
    }

    public boolean known() {
        return precision != DatePrecision.UNKNOWN;
    }

    /** The year to count the date under in statistics, when there is one. */
    public Optional<Integer> year() {
        if (start.isPresent() && end.isPresent() && start.get().getYear() == end.get().getYear()) {
            return Optional.of(start.get().getYear());
        }
        return Optional.empty();
    }

    /** The canonical text form, which {@link FuzzyDateParser#parse} reads back to an equal value. */
    @Override
    public String toString() {
        return FuzzyDateText.format(this);
    }
}
