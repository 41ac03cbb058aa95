package org.kirok.estimate;

import java.util.Optional;
import org.kirok.engine.estimate.CaptureTable;
import org.kirok.engine.estimate.StratifiedTable;

/**
 * What a capture-history CSV holds: the table of all rows together and, when a stratum column was
 * named, the table of each stratum. {@code individualRows} says the file had one row per person
 * rather than a count per pattern.
 */
record CaptureFile(CaptureTable total, Optional<StratifiedTable> strata, boolean individualRows) {

    CaptureFile {
        if (total == null || strata == null) {
            throw new IllegalArgumentException("a capture file needs its total table and its (possibly empty) strata");
        }
    }
}
