package org.kirok.analysis.linkage;

import java.util.List;
import java.util.Optional;

/** A page of the review queue of a run: the pairs to decide now and how many wait in all. */
public record QueuePage(Optional<LinkageRun> run, List<ReviewPair> pairs, long waiting) {
    public QueuePage {
        pairs = List.copyOf(pairs);
    }
}
