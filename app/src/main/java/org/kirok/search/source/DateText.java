package org.kirok.search.source;

import java.time.LocalDate;
import java.time.YearMonth;

/** A record's date as its precision allows: "2019-03-14", "2019-03", "2019", "1990s", "2017 – 2019". */
final class DateText {
    private DateText() {
    }

    static String of(LocalDate start, LocalDate end, String precision) {
        if (start == null && end == null) {
            return "";
        }
        if (start == null) {
            return "… – " + point(end, precision);
        }
        if (end == null) {
            return point(start, precision) + " – …";
        }
        String from = point(start, precision);
        String to = point(end, precision);
        return from.equals(to) ? from : from + " – " + to;
    }

    private static String point(LocalDate day, String precision) {
        return switch (precision == null ? "day" : precision) {
            case "month" -> YearMonth.from(day).toString();
            case "year" -> Integer.toString(day.getYear());
            case "decade" -> (day.getYear() / 10) * 10 + "s";
            default -> day.toString();
        };
    }
}
