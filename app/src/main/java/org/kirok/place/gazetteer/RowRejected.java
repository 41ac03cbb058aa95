package org.kirok.place.gazetteer;

/** A gazetteer row that cannot be imported: which field and why (the row number is added by the importer). */
final class RowRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String field;

    RowRejected(String field, String reason) {
        super(reason);
        this.field = field;
    }

    String field() {
        return field;
    }
}
