package org.kirok.analysis;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.kirok.store.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis jobs of this server — linkage runs and estimates — one at a time on one background thread, so a
 * long analysis never takes the second core from the people recording testimonies, and its progress can be
 * polled. A second job is refused (409) while one runs. Thread-safe.
 */
public final class Jobs implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Jobs.class);

    /** What is running: which kind of job on which saved row, since when, and how far it is. */
    public record Running(String kind, UUID id, Instant started, JobProgress progress) {
    }

    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile Optional<Running> running = Optional.empty();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kirok-analysis");
        thread.setDaemon(true); // a job cut short by shutdown is marked failed when the next one starts
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        return thread;
    });

    /**
     * Claims the worker, creates the job's saved row with {@code create} (in the caller's thread, so its errors
     * reach the caller), then runs {@code work} in the background. Returns the row's id.
     *
     * @throws ConflictException when another analysis is running
     */
    public UUID submit(String kind, Supplier<UUID> create, BiConsumer<UUID, JobProgress> work) {
        if (!busy.compareAndSet(false, true)) {
            throw new ConflictException("analysis_busy", "Another analysis ("
                    + running.map(Running::kind).orElse("a job") + ") is running; wait until it has finished.");
        }
        try {
            UUID id = create.get();
            JobProgress progress = new JobProgress();
            running = Optional.of(new Running(kind, id, Instant.now(), progress));
            worker.execute(() -> {
                try {
                    work.accept(id, progress);
                } catch (RuntimeException | Error e) {
                    log.error("analysis job {} {} failed unexpectedly: {}", kind, id, e.getClass().getName(), e);
                } finally {
                    release();
                }
            });
            return id;
        } catch (RuntimeException e) {
            release();
            throw e;
        }
    }

    private void release() {
        running = Optional.empty();
        busy.set(false);
    }

    public Optional<Running> current() {
        return running;
    }

    /**
     * Which saved rows marked running are really running, judged by a look taken <em>before</em> the rows are read:
     * a job saves its outcome before it lets the worker go, so a row still marked running after a look that named
     * another job, or none, was cut short by a stop of the server. Asking after reading the row let a job that
     * finished in between look interrupted. While a job is being created its row is saved before the job is
     * named; a look then counts every row as running.
     */
    public java.util.function.Predicate<UUID> runningBeforeReading() {
        boolean claimed = busy.get();
        Optional<Running> now = running;
        return id -> claimed && now.map(job -> job.id().equals(id)).orElse(true);
    }

    /** Stops the worker at shutdown: a running analysis is interrupted and marked failed when the next one starts. */
    @Override
    public void close() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    }
}
