package org.kirok.upr;

import java.util.Optional;
import java.util.Set;
import org.kirok.store.InvalidInputException;
import org.kirok.transfer.TabularFile;

/** Reading typed values from a row of an import file, naming the column and the bad value when one is wrong. */
final class Cells {
    private static final Set<String> GROUPS = Set.of("Africa", "Asia", "EEG", "GRULAC", "WEOG", "Observer");

    private Cells() {
    }

    static int number(TabularFile.Line line, String column, int min, int max) {
        String text = line.get(column);
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(column, column + " must be a whole number from " + min + " to " + max
                    + " (got '" + text + "')");
        }
    }

    static String state(States states, TabularFile.Line line, String column) {
        String name = SourceText.unescape(line.get(column));
        if (name.isEmpty()) {
            throw new InvalidInputException(column, column + " is empty");
        }
        return states.resolve(name).orElseThrow(() -> new InvalidInputException(column,
                "'" + name + "' is not a state Kirok knows; use its UN name or ISO 3166 code"));
    }

    /** A UN regional group as UPR Info spells it; anything else ("(Unknown)", blank) is no information. */
    static Optional<String> group(TabularFile.Line line, String column) {
        String group = SourceText.unescape(line.get(column));
        return GROUPS.contains(group) ? Optional.of(group) : Optional.empty();
    }
}
