package org.kirok.place.gazetteer;

/** Reads one row of one gazetteer format; throws {@link RowRejected} naming the field, or {@link RowSkipped}. */
interface RowReader {
    PlaceRecord read(SourceRow row);
}
