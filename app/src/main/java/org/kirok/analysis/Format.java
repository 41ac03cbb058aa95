package org.kirok.analysis;

import java.util.Locale;
import java.util.Optional;

/** How analysis pages write numbers: grouped thousands, probabilities to three places, weights in signed bits. */
public final class Format {
    private Format() {
    }

    public static String count(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    /** A count, or "—" where the disclosure gate hid it. */
    public static String count(Optional<Long> value) {
        return value.map(v -> String.format(Locale.ROOT, "%,d", v)).orElse("—");
    }

    public static String optional(Optional<Double> value) {
        return value.map(Format::count).orElse("—");
    }

    public static String probability(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    public static String bits(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }

    public static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** An interval "10,266 – 14,992", open on the right when the data set no upper bound. */
    public static String interval(double low, Optional<Double> high) {
        return count(low) + " – " + high.map(Format::count).orElse("∞");
    }

    /** A share of a whole, as a whole percent for progress bars. */
    public static String percent(double level) {
        return String.format(Locale.ROOT, "%.0f%%", level * 100);
    }

    /** A moment as pages show it: "2025-03-19 14:05 UTC". */
    public static String when(java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                .withZone(java.time.ZoneOffset.UTC).format(instant);
    }

    /** A message key from free engine text: "same sound" → "same_sound". */
    public static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
