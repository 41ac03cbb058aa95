package org.kirok.search;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.apache.lucene.store.LockObtainFailedException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.search.index.AccessFields;
import org.kirok.search.index.FacetPath;
import org.kirok.search.index.FacetSpec;
import org.kirok.search.index.IndexQuery;
import org.kirok.search.index.IndexResult;
import org.kirok.search.index.IndexStorage;
import org.kirok.search.index.QueryText;
import org.kirok.search.index.SearchIndex;
import org.kirok.search.index.SortOrder;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.DataDirectory;
import org.kirok.store.InvalidInputException;
import org.kirok.vault.IdentityVault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search for the whole system: opens the index with the system, keeps it current from the audit log (in the
 * background, and before each search so that a user finds what they just saved), and answers searches with the
 * user's access rule inside the query. Opened by {@code Kirok}; a second process on the same data directory (a CLI
 * import while the server runs) gets no index and leaves the updating to the first. Thread-safe.
 */
public final class SearchService implements AutoCloseable {
    static final Duration WAIT_FOR_UPDATE = Duration.ofSeconds(2);
    static final int FACET_VALUES = 12;
    private static final Logger log = LoggerFactory.getLogger(SearchService.class);

    private final Jdbi jdbi;
    private final IdentityVault vault;
    private final AccessPolicy access;
    private final SearchSources sources;
    private volatile Optional<Running> running = Optional.empty();
    private volatile String unavailable = "the search index has not been opened";
    private volatile Optional<ScheduledExecutorService> updates = Optional.empty();

    private record Running(SearchIndex index, IndexUpdater updater, Presenter presenter) {
    }

    public SearchService(Jdbi jdbi, IdentityVault vault, AccessPolicy access, List<SearchSource> sources) {
        this.jdbi = jdbi;
        this.vault = vault;
        this.access = access;
        this.sources = new SearchSources(sources);
    }

    /** Opens the index under the data directory, with the storage {@code KIROK_SEARCH_STORAGE} chooses. */
    public void open(DataDirectory data) {
        try {
            open(StorageChoice.fromEnvironment(data, vault));
        } catch (RuntimeException damaged) {
            // derived data: a damaged or unreadable index is set aside and rebuilt from the database
            log.warn("the search index cannot be opened ({}); it is removed and rebuilt from the database",
                    damaged.getMessage());
            try {
                StorageChoice.remove(data);
                open(StorageChoice.fromEnvironment(data, vault));
            } catch (RuntimeException e) {
                unavailable = "the search index cannot be opened: " + e.getMessage();
                log.error(unavailable, e);
            }
        }
    }

    /** Opens the index in this storage; when another process holds it, search stays unavailable here. */
    public synchronized void open(IndexStorage storage) {
        if (running.isPresent()) {
            throw new IllegalStateException("the search index is open already");
        }
        try {
            SearchIndex index = SearchIndex.open(storage, sources.schema(), vault::blindIndex);
            running = Optional.of(new Running(index, new IndexUpdater(jdbi, index, sources),
                    new Presenter(sources, index)));
        } catch (RuntimeException e) {
            if (causedBy(e, LockObtainFailedException.class)) {
                unavailable = "the search index is in use by another Kirok process on this data directory"
                        + " (a running server keeps it up to date)";
                log.info(unavailable);
                return;
            }
            throw e;
        }
    }

    /** Keeps the index current in the background: catches up every {@code every}, commits at most every 5 s. */
    public synchronized void startUpdates(Duration every) {
        if (running.isEmpty() || updates.isPresent()) {
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kirok-search-updates");
            thread.setDaemon(true);
            return thread;
        });
        IndexUpdater updater = running.get().updater();
        executor.scheduleWithFixedDelay(() -> {
            try {
                updater.catchUp();
            } catch (RuntimeException e) {
                log.error("the search index could not catch up (it retries): {}", e.getMessage(), e);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
        executor.scheduleWithFixedDelay(() -> {
            try {
                updater.commitIfNeeded();
            } catch (RuntimeException e) {
                log.error("the search index could not commit (it retries): {}", e.getMessage(), e);
            }
        }, 5, 5, TimeUnit.SECONDS);
        updates = Optional.of(executor);
    }

    public boolean available() {
        return running.isPresent();
    }

    /** The registered document types, in registration order. */
    public Set<String> types() {
        return sources.types();
    }

    public SearchResult search(User user, SearchRequest request, String language) {
        Running index = current();
        boolean complete = ensureCurrent(index);
        IndexQuery query = query(user, request, (request.page() - 1) * request.size(), request.size(), FACET_VALUES,
                false);
        IndexResult found = index.index().search(query);
        boolean withProtected = identity(user) && !request.text().isEmpty();
        return jdbi.inTransaction(handle -> {
            List<SearchResult.Hit> hits = index.presenter().hits(handle, user, found, language, withProtected);
            if (!complete) {
                // the index may still hold access facts older than the database (a record made restricted while a
                // long catch-up runs): show only the hits the database confirmed, and no totals or counts
                return new SearchResult(hits.size(), request.page(), request.size(), hits, List.of(), false);
            }
            return new SearchResult(found.total(), request.page(), request.size(), hits,
                    index.presenter().facets(handle, found, request.filters(), language), true);
        });
    }

    /** Type-ahead for the search box: the best few hits for what was typed so far (the last word may be partial). */
    public List<Suggestion> suggest(User user, String text, String language, int limit) {
        QueryText typed = QueryText.parse(text);
        if (typed.isEmpty()) {
            return List.of();
        }
        Running index = current();
        ensureCurrent(index);
        SearchRequest request = new SearchRequest(typed, Set.of(), Map.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(SortOrder.RELEVANCE), 1, limit);
        IndexResult found = index.index().search(query(user, request, 0, limit, 0, true));
        return jdbi.inTransaction(handle -> index.presenter().hits(handle, user, found, language, false).stream()
                .map(hit -> new Suggestion(hit.type(), hit.title(), hit.detail(), hit.url())).toList());
    }

    /** Rebuilds the whole index from the database and commits it. */
    public long rebuild(LongConsumer progress) {
        return current().updater().rebuild(progress);
    }

    /** Applies every committed change now (tests and commands; the server does it continuously). */
    public long catchUp() {
        return current().updater().catchUp();
    }

    /** Makes what was indexed durable now (commands and tests; the server commits every few seconds). */
    public void commit() {
        current().updater().commitIfNeeded();
    }

    public SearchStatus status() {
        if (running.isEmpty()) {
            return new SearchStatus(false, "none", 0, 0, Map.of(), Optional.of(unavailable));
        }
        Running index = running.get();
        return new SearchStatus(true, index.index().storageLabel(), index.updater().indexed(), index.updater().head(),
                index.index().countByType(sources.types()), Optional.empty());
    }

    /** Commits what was indexed (the next start resumes from there) and closes the index. */
    @Override
    public synchronized void close() {
        running.ifPresent(index -> index.updater().stop());
        updates.ifPresent(executor -> {
            executor.shutdown(); // not shutdownNow: an interrupt closes Lucene's file channels and invalidates its lock
            try {
                if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
                    log.warn("the search index update did not end within 60 s; closing anyway");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        updates = Optional.empty();
        running.ifPresent(index -> {
            try {
                index.updater().commitIfNeeded();
            } finally {
                index.index().close();
            }
        });
        running = Optional.empty();
        unavailable = "the search index is closed";
    }

    private Running current() {
        return running.orElseThrow(() -> new SearchUnavailableException(unavailable));
    }

    /** Catches up before searching unless another update holds the index too long; whether it is current. */
    private static boolean ensureCurrent(Running index) {
        if (index.updater().upToDate()) {
            return true;
        }
        return index.updater().catchUpWithin(WAIT_FOR_UPDATE) && index.updater().upToDate();
    }

    private IndexQuery query(User user, SearchRequest request, int offset, int limit, int facetValues, boolean prefix) {
        for (String type : request.types()) {
            if (sources.source(type).isEmpty()) {
                throw new InvalidInputException("type", "there is no document type '" + type + "'; use one of: "
                        + String.join(", ", sources.types()));
            }
        }
        Map<String, List<String>> drill = new HashMap<>();
        jdbi.useHandle(handle -> request.filters().forEach((dimension, values) -> {
            FacetSpec spec = sources.schema().dimension(dimension).orElseThrow(() -> new InvalidInputException(
                    "facet." + dimension, "there is no facet '" + dimension + "'; use one of: " + String.join(", ",
                    sources.schema().dimensions().stream().map(FacetSpec::name).toList())));
            if (spec.hierarchical() && values.size() == 1) {
                drill.put(dimension, path(handle, dimension, values.iterator().next()));
            }
        }));
        Optional<FacetPath> victimOf = request.victimOf().map(code -> {
            if (sources.schema().dimension("act_type").isEmpty()) {
                throw new InvalidInputException("victim_of", "victim_of needs acts in the index");
            }
            return FacetPath.of("act_type", code);
        });
        return new IndexQuery(request.text(), identity(user),
                access.visibleQuery(user, AccessFields.FIELDS),
                request.types(), request.filters(), drill, request.from(), request.to(), victimOf,
                request.effectiveSort(), offset, limit, facetValues, prefix);
    }

    /**
     * Whether names and protected text may match for this user: roles with identity access. A partner's identity
     * access under a data-sharing agreement covers only the granting organisation's records, which one query cannot
     * tell apart, so partners search without it (their hits still show the names the agreement lets them read).
     */
    private static boolean identity(User user) {
        return user.may(org.kirok.security.Permission.READ_IDENTITY);
    }

    private List<String> path(Handle handle, String dimension, String value) {
        return current().presenter().labels(dimension).path(handle, value);
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
