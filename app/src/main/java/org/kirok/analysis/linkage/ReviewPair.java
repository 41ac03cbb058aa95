package org.kirok.analysis.linkage;

import java.util.Optional;
import java.util.UUID;
import org.kirok.person.PersonView;

/**
 * A scored pair of a run with both records as the user may see them (names only with identity access) and the
 * pair's current judgment, if any: what the review queue shows side by side.
 */
public record ReviewPair(UUID runId, PersonPair pair, Explanation explanation, boolean sameCluster, PersonView left,
                         PersonView right, Optional<Judgment> current) {

    /** The form field value that names this pair: "left_right". */
    public String key() {
        return pair.left() + "_" + pair.right();
    }
}
