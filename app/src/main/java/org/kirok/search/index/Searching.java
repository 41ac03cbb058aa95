package org.kirok.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Runs an {@link IndexQuery} on a snapshot: the planned text query, the access filter and the chosen filters as
 * non-scoring clauses, one pass that collects the page of hits and the matching set for facet counting. Because
 * the access filter is part of that one query, the total, every facet count and every hit come from readable
 * records only. Thread-safe.
 */
final class Searching {
    private final QueryPlanner planner;
    private final Schema schema;
    private final Blinder blinder;

    Searching(QueryPlanner planner, Schema schema, Blinder blinder) {
        this.planner = planner;
        this.schema = schema;
        this.blinder = blinder;
    }

    IndexResult run(Snapshot snapshot, IndexQuery request) throws IOException {
        IndexSearcher searcher = snapshot.searcher();
        QueryPlanner.People people = hashes -> {
            try {
                return Subjects.of(searcher, new BooleanQuery.Builder()
                        .add(QueryPlanner.personsNamed(hashes), Occur.MUST)
                        .add(request.access(), Occur.FILTER).build());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        Query text = planner.plan(request.text(), request.identity(), blinder, people, request.prefixLast());
        Query query = filtered(searcher, text, request);
        int wanted = request.offset() + request.limit();
        Sort sort = sort(request.sort());
        TopDocs top;
        long total;
        List<DimensionCounts> facets = List.of();
        if (request.facetValues() == 0) {
            top = sort == null ? searcher.search(query, wanted) : searcher.search(query, wanted, sort, true);
            total = top.totalHits.value();
        } else {
            FacetsCollectorManager.FacetsResult result = sort == null
                    ? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, wanted, sort, true, new FacetsCollectorManager());
            top = result.topDocs();
            FacetsCollector collector = result.facetsCollector();
            total = collector.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
            facets = count(snapshot, collector, request);
        }
        return new IndexResult(total, hits(searcher, top, request.offset()), facets, text);
    }

    private Query filtered(IndexSearcher searcher, Query text, IndexQuery request) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST).add(request.access(), Occur.FILTER);
        if (!request.types().isEmpty()) {
            query.add(anyOf(Fields.TYPE, request.types()), Occur.FILTER);
        }
        request.filters().forEach((dimension, values) -> {
            requireDimension(dimension);
            query.add(anyOf(Fields.filter(dimension), values), Occur.FILTER);
        });
        // a record overlaps the period when it starts before the period ends and ends after it starts
        request.to().ifPresent(to -> query.add(LongPoint.newRangeQuery(Fields.DATE_FROM, Long.MIN_VALUE,
                to.toEpochDay()), Occur.FILTER));
        request.from().ifPresent(from -> query.add(LongPoint.newRangeQuery(Fields.DATE_TO, from.toEpochDay(),
                Long.MAX_VALUE), Occur.FILTER));
        if (request.subjectAlso().isPresent()) {
            FacetPath also = request.subjectAlso().get();
            requireDimension(also.dimension());
            Query qualifying = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.filter(also.dimension()), also.leaf())), Occur.FILTER)
                    .add(request.access(), Occur.FILTER).build();
            long[] subjects = Subjects.of(searcher, qualifying);
            query.add(subjects.length == 0 ? new MatchNoDocsQuery("no readable record qualifies a subject")
                    : new IndexOrDocValuesQuery(LongPoint.newSetQuery(Fields.SUBJECT, subjects),
                            SortedNumericDocValuesField.newSlowSetQuery(Fields.SUBJECT, subjects)), Occur.FILTER);
        }
        return query.build();
    }

    private void requireDimension(String dimension) {
        if (schema.dimension(dimension).isEmpty()) {
            throw new IllegalArgumentException("there is no facet " + dimension);
        }
    }

    private static Query anyOf(String field, Collection<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(value -> any.add(new TermQuery(new Term(field, value)), Occur.SHOULD));
        return any.build();
    }

    private static Sort sort(SortOrder order) {
        return switch (order) {
            case RELEVANCE -> null;
            case NEWEST -> {
                SortField date = new SortField(Fields.DATE_SORT, SortField.Type.LONG, true);
                date.setMissingValue(Long.MIN_VALUE);
                yield new Sort(date, SortField.FIELD_SCORE);
            }
            case OLDEST -> {
                SortField date = new SortField(Fields.DATE_SORT, SortField.Type.LONG, false);
                date.setMissingValue(Long.MAX_VALUE);
                yield new Sort(date, SortField.FIELD_SCORE);
            }
        };
    }

    private List<DimensionCounts> count(Snapshot snapshot, FacetsCollector collector, IndexQuery request)
            throws IOException {
        if (snapshot.facets().isEmpty()) {
            return List.of();
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(snapshot.facets().get(), collector);
        Set<String> indexed = new java.util.HashSet<>();
        snapshot.facets().get().getDims().forEach(indexed::add);
        List<DimensionCounts> all = new ArrayList<>();
        for (FacetSpec spec : schema.dimensions()) {
            if (!indexed.contains(spec.name())) {
                continue; // no document has this dimension (yet): Lucene has nothing to count
            }
            List<String> path = spec.hierarchical() ? request.drill().getOrDefault(spec.name(), List.of()) : List.of();
            FacetResult result;
            try {
                result = counts.getTopChildren(request.facetValues(), spec.name(), path.toArray(String[]::new));
            } catch (IllegalArgumentException notIndexed) {
                continue; // the drilled path is not in the index (no readable record lies there)
            }
            if (result == null || result.labelValues.length == 0) {
                continue;
            }
            List<FacetCount> values = new ArrayList<>();
            for (LabelAndValue value : result.labelValues) {
                values.add(new FacetCount(value.label, value.value.longValue()));
            }
            all.add(new DimensionCounts(spec.name(), path, values));
        }
        return all;
    }

    private static List<IndexHit> hits(IndexSearcher searcher, TopDocs top, int offset) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<IndexHit> hits = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        for (int i = offset; i < docs.length; i++) {
            Document document = stored.document(docs[i].doc);
            Map<String, String> titles = new HashMap<>();
            Map<String, String> summaries = new HashMap<>();
            for (IndexableField field : document.getFields()) {
                if (field.name().startsWith(Fields.TITLE)) {
                    titles.put(field.name().substring(Fields.TITLE.length()), field.stringValue());
                } else if (field.name().startsWith(Fields.SUMMARY)) {
                    summaries.put(field.name().substring(Fields.SUMMARY.length()), field.stringValue());
                }
            }
            hits.add(new IndexHit(document.get(Fields.TYPE), UUID.fromString(document.get(Fields.ID)),
                    Float.isNaN(docs[i].score) ? 0f : docs[i].score, titles, summaries));
        }
        return hits;
    }
}
