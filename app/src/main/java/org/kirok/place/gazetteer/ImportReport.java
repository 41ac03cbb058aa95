package org.kirok.place.gazetteer;

import java.io.PrintWriter;
import java.util.List;

/** What an import did: counts per outcome, every rejected row with field and reason, notes, and whether it was saved. */
public record ImportReport(GazetteerFormat format, int rows, int accepted, int updated, int unchanged,
                           List<Rejection> rejected, List<String> notes, boolean committed) {

    public ImportReport {
        rejected = List.copyOf(rejected);
        notes = List.copyOf(notes);
    }

    /** One refused row: its number in the file (the header is row 1), the field, and why. */
    public record Rejection(long row, String field, String reason) {
        @Override
        public String toString() {
            return "row " + row + ", " + field + ": " + reason;
        }
    }

    public void print(PrintWriter out) {
        out.println("Format " + format.code() + ": " + rows + " rows — accepted " + accepted + ", updated " + updated
                + ", unchanged " + unchanged + ", rejected " + rejected.size());
        notes.forEach(note -> out.println("  note: " + note));
        rejected.forEach(rejection -> out.println("  rejected: " + rejection));
        out.println(committed ? "Saved." : "Nothing was saved.");
    }
}
