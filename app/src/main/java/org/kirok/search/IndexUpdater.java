package org.kirok.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Jdbi;
import org.kirok.search.index.SearchDocument;
import org.kirok.search.index.SearchIndex;

/**
 * Keeps the index equal to the database by tailing the audit log: each batch of committed changes is mapped, by
 * every source, to the documents it touches, which are reloaded (or removed) as a whole — so replaying a change
 * twice is harmless, and after a crash the index resumes from the sequence number of its last commit. A missing
 * or outdated index is rebuilt from the database; with the in-memory storage option the documents with protected
 * text are reloaded at start. One update runs at a time. Thread-safe.
 */
final class IndexUpdater {
    static final int FEED_BATCH = 2_000;
    static final int LOAD_BATCH = 500;

    private final Jdbi jdbi;
    private final SearchIndex index;
    private final SearchSources sources;
    private final ChangeFeed feed = new ChangeFeed();
    private final ReentrantLock lock = new ReentrantLock();
    /** Written to the index (the next commit covers it). */
    private volatile long indexed;
    /** Visible to searches: a refresh has happened since. A search is current when this reaches the log's head. */
    private volatile long searchable;
    private volatile boolean rebuildNeeded;
    private volatile boolean protectedLoadNeeded;
    private volatile boolean uncommitted;
    /** Set when the system stops: long updates end at the next batch. (Never interrupt: Lucene's files would close.) */
    private volatile boolean stopping;

    IndexUpdater(Jdbi jdbi, SearchIndex index, SearchSources sources) {
        this.jdbi = jdbi;
        this.index = index;
        this.sources = sources;
        this.rebuildNeeded = index.committedSequence().isEmpty();
        this.indexed = index.committedSequence().orElse(0);
        this.searchable = indexed;
        this.protectedLoadNeeded = !rebuildNeeded && index.protectedTextIsVolatile();
    }

    /** The audit sequence number the searchable index covers. */
    long indexed() {
        return searchable;
    }

    long head() {
        return jdbi.withHandle(feed::head);
    }

    boolean upToDate() {
        return !rebuildNeeded && !protectedLoadNeeded && searchable >= head();
    }

    /** Catches up if another update is not holding the index for longer than {@code wait}; false if it was. */
    boolean catchUpWithin(Duration wait) {
        try {
            if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            catchUpLocked(count -> { });
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Catches up now, waiting for any update in progress; returns the number of documents written. */
    long catchUp() {
        lock.lock();
        try {
            return catchUpLocked(count -> { });
        } finally {
            lock.unlock();
        }
    }

    /** Rebuilds everything from the database and commits; {@code progress} hears the documents written so far. */
    long rebuild(LongConsumer progress) {
        lock.lock();
        try {
            long written = rebuildLocked(progress);
            return written + catchUpLocked(count -> progress.accept(written + count));
        } finally {
            lock.unlock();
        }
    }

    /** Asks a running update to end after its current batch; what it indexed is committed by the closer. */
    void stop() {
        stopping = true;
    }

    /** Commits what was indexed since the last commit, if anything. */
    void commitIfNeeded() {
        lock.lock();
        try {
            if (uncommitted) {
                index.commit(indexed);
                uncommitted = false;
            }
        } finally {
            lock.unlock();
        }
    }

    private long catchUpLocked(LongConsumer progress) {
        long written = 0;
        if (rebuildNeeded) {
            written += rebuildLocked(progress);
        } else if (protectedLoadNeeded) {
            written += loadAll(sources.all().stream().filter(SearchSource::holdsProtectedText).toList(), progress);
            protectedLoadNeeded = stopping;
        }
        while (!stopping && !rebuildNeeded) {
            long from = indexed;
            List<ChangeFeed.Change> changes = jdbi.withHandle(handle -> feed.after(handle, from, FEED_BATCH));
            if (changes.isEmpty()) {
                break;
            }
            written += apply(changes);
            indexed = changes.get(changes.size() - 1).seq();
            uncommitted = true;
            progress.accept(written);
        }
        index.refresh();
        searchable = indexed;
        return written;
    }

    private long rebuildLocked(LongConsumer progress) {
        long head = head(); // changes committed while we read are replayed after: reloading is idempotent
        index.deleteAll();
        long written = loadAll(sources.all(), progress);
        if (stopping) {
            return written; // unfinished: not committed, so the next start rebuilds again
        }
        index.commit(head);
        indexed = head;
        uncommitted = false;
        rebuildNeeded = false;
        protectedLoadNeeded = false;
        index.refresh();
        searchable = head;
        return written;
    }

    private long loadAll(Collection<SearchSource> which, LongConsumer progress) {
        long written = 0;
        for (SearchSource source : which) {
            Optional<UUID> after = Optional.empty();
            while (!stopping) {
                Optional<UUID> from = after;
                List<UUID> ids = jdbi.withHandle(handle -> source.ids(handle, from, LOAD_BATCH));
                if (ids.isEmpty()) {
                    break;
                }
                written += write(source, ids);
                after = Optional.of(ids.get(ids.size() - 1));
                progress.accept(written);
            }
        }
        return written;
    }

    private long apply(List<ChangeFeed.Change> changes) {
        Map<String, Set<UUID>> touched = new LinkedHashMap<>();
        for (ChangeFeed.Change change : changes) {
            if (change.entity().isPresent() && change.id().isPresent()) {
                touched.computeIfAbsent(change.entity().get(), entity -> new LinkedHashSet<>()).add(change.id().get());
            }
        }
        if (touched.isEmpty()) {
            return 0; // identity reads, logins, imports' summaries: nothing searchable changed
        }
        long written = 0;
        for (SearchSource source : sources.all()) {
            Set<UUID> affected = jdbi.withHandle(handle -> {
                Set<UUID> ids = new LinkedHashSet<>();
                touched.forEach((entity, entityIds) -> ids.addAll(source.affected(handle, entity, entityIds)));
                return ids;
            });
            List<UUID> all = new ArrayList<>(affected);
            for (int start = 0; start < all.size(); start += LOAD_BATCH) {
                written += write(source, all.subList(start, Math.min(all.size(), start + LOAD_BATCH)));
            }
        }
        return written;
    }

    /** Reloads these documents as they are now: written when they exist, removed when they do not. */
    private long write(SearchSource source, List<UUID> ids) {
        List<SearchDocument> documents = jdbi.inTransaction(handle -> source.load(handle, ids));
        Set<UUID> present = new HashSet<>();
        for (SearchDocument document : documents) {
            index.update(document, source.holdsProtectedText());
            present.add(document.id());
        }
        for (UUID id : ids) {
            if (!present.contains(id)) {
                index.delete(source.type(), id);
            }
        }
        return documents.size();
    }
}
