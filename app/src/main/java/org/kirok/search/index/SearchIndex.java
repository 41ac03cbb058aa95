package org.kirok.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Lucene side of search, with no database in sight: documents in, hits and facet counts out. Writes become
 * visible at {@link #refresh()} and durable at {@link #commit(long)}, which records the audit-log sequence number
 * they cover, so that a restart (also after kill -9) resumes from there. Thread-safe.
 */
public final class SearchIndex implements Closeable {
    static final String SEQUENCE = "kirok.audit_seq";
    static final String SCHEMA_VERSION = "kirok.schema";
    static final String STORAGE = "kirok.storage";
    /** Raise when the mapping changes: an index of another version is rebuilt, not trusted. */
    static final String CURRENT_SCHEMA = "1";

    private final IndexStorage storage;
    private final Analysis analysis;
    private final Schema schema;
    private final DocumentMapper mapper;
    private final List<IndexPart> parts;
    private final Snapshots snapshots;
    private final Searching searching;
    private final Snippets snippets;
    private volatile OptionalLong committed;

    private SearchIndex(IndexStorage storage, Analysis analysis, Schema schema, List<IndexPart> parts,
                        Blinder blinder) throws IOException {
        this.storage = storage;
        this.analysis = analysis;
        this.schema = schema;
        this.mapper = new DocumentMapper(schema);
        this.parts = parts;
        this.snapshots = new Snapshots(parts, schema.facetsConfig());
        this.searching = new Searching(new QueryPlanner(analysis), schema, blinder);
        this.snippets = new Snippets(analysis);
        this.committed = readCommitted(parts, storage);
    }

    /** Opens (or creates) the index; {@code blinder} hashes name queries as sources hashed the names. */
    public static SearchIndex open(IndexStorage storage, Schema schema, Blinder blinder) {
        Analysis analysis = new Analysis();
        List<IndexPart> parts = List.of();
        try {
            parts = IndexPart.open(storage, analysis);
            return new SearchIndex(storage, analysis, schema, parts, blinder);
        } catch (IOException | RuntimeException e) {
            parts.forEach(SearchIndex::closeQuietly);
            analysis.close();
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot open the search index (" + storage.label() + "): "
                        + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    private static OptionalLong readCommitted(List<IndexPart> parts, IndexStorage storage) {
        IndexPart durable = parts.stream().filter(IndexPart::durable).findFirst().orElseThrow();
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = durable.writer().getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        if (!CURRENT_SCHEMA.equals(data.get(SCHEMA_VERSION)) || !storage.label().equals(data.get(STORAGE))
                || data.get(SEQUENCE) == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(data.get(SEQUENCE)));
    }

    /**
     * The audit sequence number the index on disk covers as of its last commit; empty when there is no usable
     * commit (new index, other schema version or storage), which calls for a rebuild.
     */
    public OptionalLong committedSequence() {
        return committed;
    }

    /** Whether protected documents are lost at every restart (kept in memory) and must be reloaded at start. */
    public boolean protectedTextIsVolatile() {
        return parts.stream().anyMatch(part -> part.holdsProtected() && !part.durable());
    }

    public Schema schema() {
        return schema;
    }

    public String storageLabel() {
        return storage.label();
    }

    /** Adds or replaces a document; {@code protectedType} routes a type with protected text. */
    public void update(SearchDocument document, boolean protectedType) {
        try {
            part(protectedType).writer().updateDocument(new Term(Fields.KEY, Fields.key(document.type(), document.id())),
                    mapper.map(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + document.type() + " " + document.id() + ": " + e.getMessage(), e);
        }
    }

    public void delete(String type, UUID id) {
        try {
            for (IndexPart part : parts) {
                part.writer().deleteDocuments(new Term(Fields.KEY, Fields.key(type, id)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + type + " " + id + " from the index: " + e.getMessage(), e);
        }
    }

    /** Removes every document of these types (a rebuild of some types, e.g. the in-memory ones at start). */
    public void deleteTypes(Collection<String> types) {
        try {
            for (IndexPart part : parts) {
                for (String type : types) {
                    part.writer().deleteDocuments(new TermQuery(new Term(Fields.TYPE, type)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the index: " + e.getMessage(), e);
        }
    }

    public void deleteAll() {
        try {
            for (IndexPart part : parts) {
                part.writer().deleteAll();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the index: " + e.getMessage(), e);
        }
    }

    /** Makes every write so far visible to searches. */
    public void refresh() {
        try {
            snapshots.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot refresh the index: " + e.getMessage(), e);
        }
    }

    /** Makes every write so far durable, recording that they cover the audit log up to {@code sequence}. */
    public void commit(long sequence) {
        try {
            for (IndexPart part : parts) {
                if (part.durable()) {
                    part.writer().setLiveCommitData(Map.of(SEQUENCE, Long.toString(sequence),
                            SCHEMA_VERSION, CURRENT_SCHEMA, STORAGE, storage.label()).entrySet());
                    part.writer().commit();
                }
            }
            committed = OptionalLong.of(sequence);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index: " + e.getMessage(), e);
        }
    }

    public IndexResult search(IndexQuery query) {
        try {
            Snapshot snapshot = snapshots.acquire();
            try {
                return searching.run(snapshot, query);
            } finally {
                snapshots.release(snapshot);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the search failed: " + e.getMessage(), e);
        }
    }

    /** Passages of {@code text} where the result's query matched, as escaped HTML with {@code <mark>}. */
    public Optional<String> snippet(IndexResult result, String text, boolean protectedText) {
        return snippets.highlight(result.highlight(), text, protectedText);
    }

    /** Text made safe for HTML, for a snippet that has no match to mark. */
    public static String escape(String text) {
        return Snippets.escape(text);
    }

    /** Documents per type in the current snapshot (for status and tests). */
    public Map<String, Long> countByType(Collection<String> types) {
        Map<String, Long> counts = new HashMap<>();
        try {
            Snapshot snapshot = snapshots.acquire();
            try {
                for (String type : types) {
                    counts.put(type, (long) snapshot.searcher().count(new TermQuery(new Term(Fields.TYPE, type))));
                }
            } finally {
                snapshots.release(snapshot);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    /** Bytes the index occupies on disk and in memory, for the benchmark. */
    public long sizeInBytes() {
        long total = 0;
        try {
            for (IndexPart part : parts) {
                for (String file : part.directory().listAll()) {
                    total += part.directory().fileLength(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    /** Closes without committing: what was not committed is replayed from the audit log at the next start. */
    @Override
    public void close() {
        List<Exception> failures = new ArrayList<>();
        try {
            snapshots.close();
        } catch (IOException e) {
            failures.add(e);
        }
        parts.forEach(SearchIndex::closeQuietly);
        analysis.close();
        if (!failures.isEmpty()) {
            throw new UncheckedIOException("closing the index: " + failures.get(0).getMessage(),
                    new IOException(failures.get(0)));
        }
    }

    private IndexPart part(boolean protectedType) {
        return parts.stream().filter(part -> protectedType ? part.holdsProtected() : part.holdsOthers()).findFirst()
                .orElseThrow();
    }

    private static void closeQuietly(IndexPart part) {
        try {
            part.writer().close();
        } catch (IOException | RuntimeException ignored) {
            // closing the rest matters more
        }
        try {
            part.directory().close();
        } catch (IOException | RuntimeException ignored) {
            // closing the rest matters more
        }
    }
}
