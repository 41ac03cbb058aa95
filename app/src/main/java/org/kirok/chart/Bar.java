package org.kirok.chart;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One bar of a chart: its label, its count (empty when the disclosure gate hid it) and, on pages, where clicking it
 * leads.
 */
public record Bar(String label, OptionalLong value, Optional<String> href) {
    public Bar {
        if (label == null) {
            throw new IllegalArgumentException("a bar needs a label");
        }
        if (value.isPresent() && value.getAsLong() < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + value.getAsLong() + " for " + label);
        }
    }

    public static Bar of(String label, long value) {
        return new Bar(label, OptionalLong.of(value), Optional.empty());
    }
}
