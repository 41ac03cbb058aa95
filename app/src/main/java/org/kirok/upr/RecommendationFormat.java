package org.kirok.upr;

import java.util.List;
import org.kirok.transfer.TabularFile;

/** A file layout recommendations come in: which columns it must have and how one of its rows reads. */
sealed interface RecommendationFormat permits UprInfoFormat, UhriFormat {

    /** The source recorded with each recommendation ("upr-info", "uhri"). */
    String source();

    /** The column of the natural key, named in duplicate-row errors. */
    String keyColumn();

    List<String> requiredColumns();

    /** Reads one row; bad values throw {@link org.kirok.store.InvalidInputException} naming the column. */
    RecommendationRow read(TabularFile.Line line, Issues issues);
}
