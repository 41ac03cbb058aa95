package org.kirok.analysis.estimation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.kirok.engine.disclosure.DisclosureGate;
import org.kirok.engine.disclosure.ProtectedTable;

/**
 * A stratum's capture table as a page shows it: one row per capture pattern (which lists, how many individuals),
 * and the list sizes. For a user without identity access every count goes through the {@link DisclosureGate}
 * first — counts of 1 to 10 hidden, with complementary cells so none can be recovered by subtraction — and the
 * list sizes, which would undo that, are not shown.
 */
public record OverlapTable(List<Row> rows, List<Optional<Long>> listSizes, Optional<Long> total, boolean gated) {
    /** Above this many lists, patterns nobody has are left out of the table. */
    static final int ALL_PATTERNS_UP_TO = 5;

    /** One capture pattern: on which lists (in list order), and the count, empty when hidden. */
    public record Row(List<Boolean> on, Optional<Long> count) {
        public Row {
            on = List.copyOf(on);
        }
    }

    public OverlapTable {
        rows = List.copyOf(rows);
        listSizes = List.copyOf(listSizes);
    }

    static OverlapTable of(int listCount, CaptureData.Stratum stratum, boolean hideSmall) {
        long[] counts = stratum.counts();
        long[] cells = new long[counts.length - 1];
        System.arraycopy(counts, 1, cells, 0, cells.length);
        Optional<ProtectedTable> gate = hideSmall ? Optional.of(DisclosureGate.standard().protect(cells)) : Optional.empty();
        List<Row> rows = new ArrayList<>();
        for (int pattern = 1; pattern < counts.length; pattern++) {
            if (counts[pattern] == 0 && listCount > ALL_PATTERNS_UP_TO) {
                continue;
            }
            List<Boolean> on = new ArrayList<>();
            for (int list = 0; list < listCount; list++) {
                on.add((pattern & (1 << list)) != 0);
            }
            int cell = pattern - 1;
            rows.add(new Row(on, gate.map(table -> boxed(table.count(cell))).orElse(Optional.of(counts[pattern]))));
        }
        List<Optional<Long>> sizes = new ArrayList<>();
        for (int list = 0; list < listCount; list++) {
            long size = 0;
            for (int pattern = 1; pattern < counts.length; pattern++) {
                size += (pattern & (1 << list)) != 0 ? counts[pattern] : 0;
            }
            sizes.add(hideSmall ? Optional.empty() : Optional.of(size));
        }
        Optional<Long> total = gate.map(table -> boxed(table.grandTotal())).orElse(Optional.of(stratum.observed()));
        return new OverlapTable(rows, sizes, total, hideSmall);
    }

    /** The observed count of each stratum, gated as one table for users without identity access. */
    static List<Optional<Long>> strataObserved(List<CaptureData.Stratum> strata, boolean hideSmall) {
        long[] observed = strata.stream().mapToLong(CaptureData.Stratum::observed).toArray();
        if (!hideSmall) {
            return java.util.Arrays.stream(observed).mapToObj(Optional::of).toList();
        }
        ProtectedTable table = DisclosureGate.standard().protect(observed);
        List<Optional<Long>> shown = new ArrayList<>();
        for (int i = 0; i < observed.length; i++) {
            shown.add(boxed(table.count(i)));
        }
        return shown;
    }

    private static final java.util.regex.Pattern FEW_PEOPLE = java.util.regex.Pattern.compile("\\b(\\d+) people\\b");

    /**
     * A method's warning as a reader without identity access may see it: "only 3 people are on both lists"
     * becomes "only fewer than 11 people …" — the engine's wording names small counts the gate would hide.
     */
    public static String redact(String warning, boolean hideSmall) {
        if (!hideSmall) {
            return warning;
        }
        return FEW_PEOPLE.matcher(warning).replaceAll(match -> {
            long count = Long.parseLong(match.group(1));
            return count > 0 && count < DisclosureGate.DEFAULT_THRESHOLD
                    ? "fewer than " + DisclosureGate.DEFAULT_THRESHOLD + " people" : match.group();
        });
    }

    private static Optional<Long> boxed(OptionalLong value) {
        return value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty();
    }
}
