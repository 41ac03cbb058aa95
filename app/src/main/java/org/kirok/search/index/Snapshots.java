package org.kirok.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;

/**
 * Near-real-time snapshots over all parts of the index (one or two writers): a refresh reopens the parts that
 * changed and combines them in a new {@link MultiReader}. Unchanged parts are shared between snapshots; each
 * snapshot holds one reference to each of its parts. Thread-safe ({@link ReferenceManager}'s contract).
 */
final class Snapshots extends ReferenceManager<Snapshot> {
    private final List<IndexPart> parts;
    private final FacetsConfig facetsConfig;

    Snapshots(List<IndexPart> parts, FacetsConfig facetsConfig) throws IOException {
        this.parts = List.copyOf(parts);
        this.facetsConfig = facetsConfig;
        List<DirectoryReader> readers = new ArrayList<>();
        for (IndexPart part : parts) {
            readers.add(DirectoryReader.open(part.writer()));
        }
        current = combine(readers);
    }

    @Override
    protected Snapshot refreshIfNeeded(Snapshot referenceToRefresh) throws IOException {
        List<DirectoryReader> readers = new ArrayList<>();
        boolean changed = false;
        try {
            for (int i = 0; i < parts.size(); i++) {
                DirectoryReader old = referenceToRefresh.parts().get(i);
                DirectoryReader reopened = DirectoryReader.openIfChanged(old, parts.get(i).writer());
                if (reopened == null) {
                    old.incRef(); // the new snapshot takes a reference of its own to the unchanged part
                    readers.add(old);
                } else {
                    readers.add(reopened);
                    changed = true;
                }
            }
        } catch (IOException | RuntimeException e) {
            for (DirectoryReader reader : readers) {
                reader.decRef();
            }
            throw e;
        }
        if (!changed) {
            for (DirectoryReader reader : readers) {
                reader.decRef();
            }
            return null;
        }
        return combine(readers);
    }

    /** Takes over one reference to each reader. */
    private Snapshot combine(List<DirectoryReader> readers) throws IOException {
        MultiReader combined = new MultiReader(readers.toArray(IndexReader[]::new), false); // incRefs each part
        for (DirectoryReader reader : readers) {
            reader.decRef(); // now held by the MultiReader alone
        }
        return new Snapshot(combined, List.copyOf(readers), new IndexSearcher(combined), facetState(combined));
    }

    private Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader) throws IOException {
        FieldInfos infos = FieldInfos.getMergedFieldInfos(reader);
        FieldInfo facets = infos.fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        if (facets == null || reader.numDocs() == 0) {
            return Optional.empty(); // an empty index has no facet ordinals yet
        }
        return Optional.of(new DefaultSortedSetDocValuesReaderState(reader, facetsConfig));
    }

    @Override
    protected void decRef(Snapshot reference) throws IOException {
        reference.reader().decRef();
    }

    @Override
    protected boolean tryIncRef(Snapshot reference) {
        return reference.reader().tryIncRef();
    }

    @Override
    protected int getRefCount(Snapshot reference) {
        return reference.reader().getRefCount();
    }
}
