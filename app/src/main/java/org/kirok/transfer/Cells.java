package org.kirok.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.kirok.store.InvalidInputException;

/** Reading typed values from a row's cells, every failure naming the column. */
final class Cells {
    private Cells() {
    }

    static String required(TabularFile.Line line, String column) {
        String value = line.get(column);
        if (value.isEmpty()) {
            throw new InvalidInputException(column, column + " is empty; it is required");
        }
        return value;
    }

    static Optional<String> optional(TabularFile.Line line, String column) {
        return Optional.of(line.get(column)).filter(s -> !s.isEmpty());
    }

    static Optional<Integer> integer(TabularFile.Line line, String column) {
        return optional(line, column).map(text -> {
            try {
                return Integer.parseInt(text.replaceAll("\\.0+$", ""));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(column, column + " must be a whole number (got '" + text + "')");
            }
        });
    }

    static Optional<Double> number(TabularFile.Line line, String column) {
        return optional(line, column).map(text -> {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(column, column + " must be a number (got '" + text + "')");
            }
        });
    }

    static List<String> list(TabularFile.Line line, String column) {
        return Arrays.stream(line.get(column).split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Runs a parser whose errors may name another field, and names this column instead. */
    static <T> T field(String column, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(Optional.of(column), e.messageKey(), e.getMessage());
        }
    }
}
