package org.kirok.submission;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The English wording of a live figure: "217 documented cases of arbitrary detention and torture since May 2019".
 * A count the disclosure gate hides is only ever "fewer than N" (N the gate's threshold): the gate hides a total
 * only when it is itself small.
 */
final class FigureText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** How precisely the author gave the start of the period. */
    enum Precision { DAY, MONTH, YEAR }

    private FigureText() {
    }

    static String sentence(OptionalLong total, int threshold, String what, LocalDate from, Precision precision) {
        String count;
        if (total.isEmpty()) {
            count = "fewer than " + threshold + " documented cases";
        } else if (total.getAsLong() == 0) {
            count = "no documented cases";
        } else {
            count = String.format(Locale.ENGLISH, "%,d documented case%s", total.getAsLong(),
                    total.getAsLong() == 1 ? "" : "s");
        }
        return count + " of " + what + " since " + date(from, precision);
    }

    static String date(LocalDate from, Precision precision) {
        return switch (precision) {
            case DAY -> from.format(DAY);
            case MONTH -> from.format(MONTH);
            case YEAR -> String.valueOf(from.getYear());
        };
    }

    /** "arbitrary detention, torture and unfair trial" from the act types' English labels. */
    static String list(List<String> labels) {
        List<String> lower = labels.stream().map(FigureText::lowerFirst).toList();
        if (lower.size() <= 1) {
            return lower.isEmpty() ? "violations" : lower.get(0);
        }
        return String.join(", ", lower.subList(0, lower.size() - 1)) + " and " + lower.getLast();
    }

    private static String lowerFirst(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label; // an acronym stays as it is
        }
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
