package org.kirok.transfer;

import java.util.List;

/**
 * What an import did: every input row is accepted (new), updated, unchanged or rejected — the counts always add
 * up to the rows read — and whether anything was saved.
 */
public record ImportResult(String entity, int rows, int accepted, int updated, int unchanged, List<Rejection> rejected,
                           boolean committed) {

    public ImportResult {
        rejected = List.copyOf(rejected);
    }

    /** One refused row: its number as a spreadsheet shows it (the header is row 1), the column, and why. */
    public record Rejection(long row, String field, String reason) {
        @Override
        public String toString() {
            return "row " + row + ", " + field + ": " + reason;
        }
    }

    public String summary() {
        return entity + ": " + rows + " rows — " + accepted + " new, " + updated + " updated, " + unchanged
                + " unchanged, " + rejected.size() + " rejected; " + (committed ? "saved." : "nothing was saved.");
    }
}
