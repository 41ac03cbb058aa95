package org.kirok.event;

import java.time.LocalDate;
import java.time.YearMonth;

/** Writes a {@link FuzzyDate} in the canonical form that {@link FuzzyDateParser} reads: "2019-05", "199x", "before 2010". */
final class FuzzyDateText {
    private FuzzyDateText() {
    }

    static String format(FuzzyDate date) {
        if (date.precision() == DatePrecision.UNKNOWN) {
            return "unknown";
        }
        return switch (date.qualifier()) {
            case ON -> point(date.start().orElseThrow(), date.precision(), date);
            case ABOUT -> "about " + point(date.start().orElseThrow(), date.precision(), date);
            case BEFORE -> "before " + point(date.end().orElseThrow().plusDays(1), date.precision(), date);
            case AFTER -> "after " + lastPoint(date.start().orElseThrow().minusDays(1), date.precision());
            case BETWEEN -> point(date.start().orElseThrow(), date.precision(), date) + ".."
                    + lastPoint(date.end().orElseThrow(), date.precision());
        };
    }

    private static String point(LocalDate start, DatePrecision precision, FuzzyDate date) {
        return switch (precision) {
            case DAY -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> Integer.toString(start.getYear());
            case DECADE -> (start.getYear() / 10) + "x";
            case UNKNOWN -> "unknown";
        };
    }

    private static String lastPoint(LocalDate end, DatePrecision precision) {
        return switch (precision) {
            case DAY -> end.toString();
            case MONTH -> YearMonth.from(end).toString();
            case YEAR -> Integer.toString(end.getYear());
            case DECADE -> (end.getYear() / 10) + "x";
            case UNKNOWN -> "unknown";
        };
    }
}
