package org.kirok.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kirok.store.InvalidInputException;

/**
 * Reads dates as coders type them, in English or Korean: {@code 2019-05-01}, {@code 2019-05}, {@code 2019},
 * {@code 199x}, {@code 1990s}, {@code about 2019}, {@code c. 2019}, {@code 2019?}, {@code before 2010},
 * {@code after 2015-03}, {@code 2019-05..2019-07}; {@code 2019년 5월 1일}, {@code 2019년 5월}, {@code 1990년대},
 * {@code 2019년경}, {@code 2010년 이전}, {@code 2015년 이후}; empty, {@code ?} or {@code unknown} / {@code 모름}.
 * Anything else is refused with the forms it accepts. Stateless, thread-safe.
 */
public final class FuzzyDateParser {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern DECADE = Pattern.compile("(\\d{3})x|(\\d{3})0s|(\\d{3})0'?s");
    private static final Pattern KO_DAY = Pattern.compile("(\\d{4})년\\s*(\\d{1,2})월\\s*(\\d{1,2})일");
    private static final Pattern KO_MONTH = Pattern.compile("(\\d{4})년\\s*(\\d{1,2})월");
    private static final Pattern KO_YEAR = Pattern.compile("(\\d{4})년");
    private static final Pattern KO_DECADE = Pattern.compile("(\\d{3})0년대");
    static final String ACCEPTED = "write a date like 2019-05-01, 2019-05, 2019, 199x, about 2019, before 2010, "
            + "after 2015-03, 2019-05..2019-07 (or 2019년 5월, 1990년대, 2010년 이전), or leave it empty if unknown";

    private FuzzyDateParser() {
    }

    public static FuzzyDate parse(String text) {
        return parse(text, "date");
    }

    public static FuzzyDate parse(String text, String field) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (value.isEmpty() || value.equals("?") || value.equals("unknown") || value.equals("모름")
                || value.equals("미상") || value.equals("불명")) {
            return FuzzyDate.UNKNOWN;
        }
        Optional<FuzzyDate> parsed;
        if (value.contains("..")) {
            String[] parts = value.split("\\.\\.", 2);
            parsed = point(parts[0].strip(), field).flatMap(from -> point(parts[1].strip(), field)
                    .map(to -> between(from, to, field)));
        } else if (value.startsWith("before ") || value.startsWith("<")) {
            parsed = point(value.replaceFirst("^(before |<)", "").strip(), field).map(FuzzyDate::before);
        } else if (value.endsWith(" 이전") || value.endsWith("이전")) {
            parsed = point(value.replaceFirst("\\s*이전$", ""), field).map(FuzzyDate::before);
        } else if (value.startsWith("after ") || value.startsWith(">")) {
            parsed = point(value.replaceFirst("^(after |>)", "").strip(), field).map(FuzzyDate::after);
        } else if (value.endsWith(" 이후") || value.endsWith("이후")) {
            parsed = point(value.replaceFirst("\\s*이후$", ""), field).map(FuzzyDate::after);
        } else if (value.matches("^(about|c\\.|ca\\.|circa|~) ?.*") || value.endsWith("?") || value.endsWith("경")
                || value.endsWith(" 무렵")) {
            String core = value.replaceFirst("^(about|c\\.|ca\\.|circa|~) ?", "").replaceFirst("(\\?|경| 무렵)$", "");
            parsed = point(core.strip(), field).map(FuzzyDate::about);
        } else {
            parsed = point(value, field);
        }
        return parsed.orElseThrow(() -> new InvalidInputException(field, "'" + text + "' is not a date: " + ACCEPTED));
    }

    private static Optional<FuzzyDate> point(String value, String field) {
        try {
            Matcher m;
            if ((m = DAY.matcher(value)).matches() || (m = KO_DAY.matcher(value)).matches()) {
                return Optional.of(FuzzyDate.day(LocalDate.of(year(m.group(1), field), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)))));
            }
            if ((m = MONTH.matcher(value)).matches() || (m = KO_MONTH.matcher(value)).matches()) {
                return Optional.of(FuzzyDate.month(YearMonth.of(year(m.group(1), field), Integer.parseInt(m.group(2)))));
            }
            if ((m = YEAR.matcher(value)).matches() || (m = KO_YEAR.matcher(value)).matches()) {
                return Optional.of(FuzzyDate.year(year(m.group(1), field)));
            }
            if ((m = DECADE.matcher(value)).matches()) {
                String digits = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                return Optional.of(FuzzyDate.decade(year(digits + "0", field)));
            }
            if ((m = KO_DECADE.matcher(value)).matches()) {
                return Optional.of(FuzzyDate.decade(year(m.group(1) + "0", field)));
            }
            return Optional.empty();
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "'" + value + "' is not a real date: " + e.getMessage());
        }
    }

    private static int year(String digits, String field) {
        int year = Integer.parseInt(digits);
        if (year < 1900 || year > LocalDate.now().getYear() + 1) {
            throw new InvalidInputException(field, "the year " + year + " lies outside 1900 to next year");
        }
        return year;
    }

    /** A range whose end comes before its start is refused naming the field the coder typed it in. */
    private static FuzzyDate between(FuzzyDate from, FuzzyDate to, String field) {
        try {
            return FuzzyDate.between(from, to);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, field + ": " + e.getMessage());
        }
    }
}
