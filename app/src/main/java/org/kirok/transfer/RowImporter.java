package org.kirok.transfer;

import java.util.List;
import org.jdbi.v3.core.Handle;

/** Imports one kind of record from a row; rejects a bad row by throwing InvalidInputException naming the column. */
interface RowImporter {

    /** What a written row did. */
    enum Outcome { NEW, UPDATED, UNCHANGED }

    String entity();

    /** Every column this importer reads, in export order; the first is the external id. */
    List<String> columns();

    List<String> requiredColumns();

    Outcome apply(Handle handle, TabularFile.Line line);
}
