package org.kirok.place.gazetteer;

import java.util.Map;
import java.util.Optional;

/**
 * One row of a gazetteer file: its number (the header is row 1) and its fields by column name. Reading a field
 * that held bytes which were not UTF-8 rejects the row, naming the column.
 */
record SourceRow(long number, Map<String, String> fields) {
    static final char REPLACEMENT = '\uFFFD';

    SourceRow {
        fields = Map.copyOf(fields);
    }

    Optional<String> text(String column) {
        String value = fields.get(column);
        if (value != null && value.indexOf(REPLACEMENT) >= 0) {
            throw new RowRejected(column, "not valid UTF-8 (broken encoding): save the file as UTF-8 and import it again");
        }
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new RowRejected(column, "contains a NUL character (U+0000), which cannot be stored: remove it");
        }
        return Optional.ofNullable(value).map(String::strip).filter(s -> !s.isEmpty());
    }

    String required(String column) {
        return text(column).orElseThrow(() -> new RowRejected(column, column + " is empty"));
    }

    /** A coordinate in range, or empty when the cell is blank. */
    Optional<Double> coordinate(String column, double limit) {
        Optional<String> text = text(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        double value;
        try {
            value = Double.parseDouble(text.get());
        } catch (NumberFormatException e) {
            throw new RowRejected(column, "'" + text.get() + "' is not a number");
        }
        if (!(Math.abs(value) <= limit)) {
            throw new RowRejected(column, column + " " + text.get() + " lies outside -" + (int) limit + "…" + (int) limit);
        }
        return Optional.of(value);
    }

    /** Every field, checked for broken encoding, so no bad byte hides in a column the format ignores. */
    void checkEncoding() {
        fields.keySet().stream().sorted().forEach(this::text);
    }
}
