package org.kirok.search.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * The subjects (persons, as {@link Fields#personKey keys}) of every document matching a query: the first half of
 * "acts whose victim also suffered X" and of "records about persons of this name", run with the user's access
 * filter, so that a record the user may not read cannot qualify anyone.
 */
final class Subjects {
    private Subjects() {
    }

    static long[] of(IndexSearcher searcher, Query query) throws IOException {
        Set<Long> keys = searcher.search(query, new CollectorManager<SubjectCollector, Set<Long>>() {
            @Override
            public SubjectCollector newCollector() {
                return new SubjectCollector();
            }

            @Override
            public Set<Long> reduce(Collection<SubjectCollector> collectors) {
                Set<Long> all = new HashSet<>();
                collectors.forEach(collector -> all.addAll(collector.subjects));
                return all;
            }
        });
        return keys.stream().mapToLong(Long::longValue).toArray();
    }

    private static final class SubjectCollector extends SimpleCollector {
        private final Set<Long> subjects = new HashSet<>();
        private SortedNumericDocValues values;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = DocValues.getSortedNumeric(context.reader(), Fields.SUBJECT);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values.advanceExact(doc)) {
                subjects.add(values.nextValue());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
