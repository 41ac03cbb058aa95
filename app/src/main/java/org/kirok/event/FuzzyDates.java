package org.kirok.event;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Shows a {@link FuzzyDate} to people, in Korean or English: "May 2019", "2019년 5월", "1990s", "2010년 이전". */
public final class FuzzyDates {
    private FuzzyDates() {
    }

    public static String show(FuzzyDate date, String lang) {
        boolean ko = "ko".equals(lang);
        if (!date.known()) {
            return ko ? "날짜 모름" : "date unknown";
        }
        return switch (date.qualifier()) {
            case ON -> point(date.start().orElseThrow(), date.precision(), ko);
            case ABOUT -> ko ? point(date.start().orElseThrow(), date.precision(), true) + "경"
                    : "about " + point(date.start().orElseThrow(), date.precision(), false);
            case BEFORE -> {
                String p = point(date.end().orElseThrow().plusDays(1), date.precision(), ko);
                yield ko ? p + " 이전" : "before " + p;
            }
            case AFTER -> {
                String p = point(date.start().orElseThrow().minusDays(1), date.precision(), ko);
                yield ko ? p + " 이후" : "after " + p;
            }
            case BETWEEN -> point(date.start().orElseThrow(), date.precision(), ko) + " – "
                    + point(date.end().orElseThrow(), date.precision(), ko);
        };
    }

    private static String point(LocalDate day, DatePrecision precision, boolean ko) {
        return switch (precision) {
            case DAY -> ko ? day.getYear() + "년 " + day.getMonthValue() + "월 " + day.getDayOfMonth() + "일" : day.toString();
            case MONTH -> ko ? day.getYear() + "년 " + day.getMonthValue() + "월"
                    : day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();
            case YEAR -> ko ? day.getYear() + "년" : Integer.toString(day.getYear());
            case DECADE -> ko ? (day.getYear() / 10 * 10) + "년대" : (day.getYear() / 10 * 10) + "s";
            case UNKNOWN -> ko ? "모름" : "unknown";
        };
    }
}
