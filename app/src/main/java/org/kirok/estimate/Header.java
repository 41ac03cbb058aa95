package org.kirok.estimate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.kirok.engine.estimate.CaptureTable;

/**
 * The header row of a capture-history CSV, split into the list columns, the count column (if any)
 * and the stratum column (if one was asked for).
 */
record Header(List<String> names, List<Integer> listColumns, OptionalInt countColumn, OptionalInt strataColumn) {

    Header {
        names = List.copyOf(names);
        listColumns = List.copyOf(listColumns);
    }

    static Header of(List<String> rawNames, Optional<String> strataName) {
        List<String> names = new ArrayList<>(rawNames);
        if (!names.isEmpty()) {
            names.set(0, names.getFirst().replace("\uFEFF", "").strip());
        }
        Set<String> seen = new HashSet<>();
        for (int column = 0; column < names.size(); column++) {
            String name = names.get(column);
            if (name.isBlank()) {
                throw new CaptureFileException("line 1, column " + (column + 1) + ": the header has a blank column name");
            }
            if (!seen.add(CaptureCsv.normalized(name))) {
                throw new CaptureFileException("line 1: column name '" + name + "' appears twice");
            }
        }
        OptionalInt strata = strataName.map(wanted -> find(names, wanted).orElseThrow(() -> new CaptureFileException(
                "no stratum column '" + wanted + "' in the header; the columns are " + String.join(", ", names))))
                .map(OptionalInt::of).orElse(OptionalInt.empty());
        List<Integer> counts = new ArrayList<>();
        List<Integer> lists = new ArrayList<>();
        for (int column = 0; column < names.size(); column++) {
            if (strata.isPresent() && strata.getAsInt() == column) {
                continue;
            }
            (CaptureCsv.COUNT_COLUMNS.contains(CaptureCsv.normalized(names.get(column))) ? counts : lists).add(column);
        }
        if (counts.size() > 1) {
            throw new CaptureFileException("line 1: more than one count column ("
                    + String.join(", ", counts.stream().map(names::get).toList()) + "); keep one");
        }
        if (lists.size() < CaptureTable.MIN_LISTS) {
            throw new CaptureFileException("line 1: found " + lists.size() + " list column"
                    + (lists.size() == 1 ? " (" + names.get(lists.getFirst()) + ")" : "s")
                    + "; multiple systems estimation needs at least " + CaptureTable.MIN_LISTS + " lists");
        }
        if (lists.size() > CaptureTable.MAX_LISTS) {
            throw new CaptureFileException("line 1: found " + lists.size() + " list columns; at most "
                    + CaptureTable.MAX_LISTS + " lists are supported (merge some sources)");
        }
        OptionalInt count = counts.isEmpty() ? OptionalInt.empty() : OptionalInt.of(counts.getFirst());
        return new Header(names, lists, count, strata);
    }

    int width() {
        return names.size();
    }

    List<String> lists() {
        return listColumns.stream().map(names::get).toList();
    }

    private static Optional<Integer> find(List<String> names, String wanted) {
        for (int column = 0; column < names.size(); column++) {
            if (CaptureCsv.normalized(names.get(column)).equals(CaptureCsv.normalized(wanted))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
