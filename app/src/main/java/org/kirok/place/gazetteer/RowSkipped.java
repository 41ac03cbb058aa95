package org.kirok.place.gazetteer;

/** A row that describes no place (a facility-type row): nothing to write, but worth a line in the report. */
final class RowSkipped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowSkipped(String note) {
        super(note);
    }
}
