package org.kirok.search.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * The subjects (persons) of every document matching a query: the first half of "acts whose victim also suffered X",
 * run with the same access filter, so that a record the user may not read cannot qualify anyone.
 */
final class Subjects {
    private Subjects() {
    }

    static Set<BytesRef> of(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new CollectorManager<SubjectCollector, Set<BytesRef>>() {
            @Override
            public SubjectCollector newCollector() {
                return new SubjectCollector();
            }

            @Override
            public Set<BytesRef> reduce(Collection<SubjectCollector> collectors) {
                Set<BytesRef> all = new HashSet<>();
                collectors.forEach(collector -> all.addAll(collector.subjects));
                return all;
            }
        });
    }

    private static final class SubjectCollector extends SimpleCollector {
        private final Set<BytesRef> subjects = new HashSet<>();
        private SortedDocValues values;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = DocValues.getSorted(context.reader(), Fields.SUBJECT);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                subjects.add(BytesRef.deepCopyOf(values.lookupOrd(values.ordValue())));
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
