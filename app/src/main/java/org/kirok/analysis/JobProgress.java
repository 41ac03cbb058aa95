package org.kirok.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.kirok.engine.estimate.ProgressListener;
import org.kirok.engine.linkage.Progress;

/**
 * How far a background analysis has come, told by the engine (both its linkage and its estimation progress
 * interfaces) and read by the page that polls it. The stage is the engine's English name of it; pages translate
 * the ones they know. Thread-safe.
 */
public final class JobProgress implements Progress, ProgressListener {
    private volatile String stage = "starting";
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long stageStarted = System.nanoTime();

    @Override
    public void stage(String name, long stageTotal) {
        closeStage();
        stage = name;
        total = stageTotal;
        done.set(0);
    }

    /** How long each stage took so far, in milliseconds, in the order they ran (a stage run twice adds up). */
    public synchronized Map<String, Long> timings() {
        closeStage();
        return new LinkedHashMap<>(millis);
    }

    private synchronized void closeStage() {
        long now = System.nanoTime();
        millis.merge(stage, (now - stageStarted) / 1_000_000, Long::sum);
        stageStarted = now;
    }

    @Override
    public void advance(long more) {
        done.addAndGet(more);
    }

    @Override
    public void progress(long doneSoFar, long overall) {
        done.set(doneSoFar);
        total = overall;
    }

    public String stage() {
        return stage;
    }

    public long done() {
        return done.get();
    }

    public long total() {
        return total;
    }

    /** Whole percent of the current stage, or empty when its size is not known. */
    public java.util.OptionalInt percent() {
        long all = total;
        return all <= 0 ? java.util.OptionalInt.empty()
                : java.util.OptionalInt.of((int) Math.min(100, 100 * done.get() / all));
    }

    /** The stage as a message key: "reading persons" → "analysis.stage.reading_persons". */
    public String stageKey() {
        return "analysis.stage." + stage.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
    }
}
