package org.kirok.search.index;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A point-in-time view of every part of the index, searched as one, with its facet ordinals prepared once (not per
 * query). Reference-counted by {@link Snapshots}.
 */
record Snapshot(MultiReader reader, List<DirectoryReader> parts, IndexSearcher searcher,
                Optional<SortedSetDocValuesReaderState> facets) {
}
