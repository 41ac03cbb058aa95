package org.kirok.search.cli;

/**
 * The largest heap in use seen while a benchmark runs, sampled every 50 ms on a daemon thread (the garbage
 * collector's own figures would miss what is freed between collections, which is what a limit must cover).
 */
final class HeapWatch implements AutoCloseable {
    private final Thread sampler;
    private volatile long peak;
    private volatile boolean running = true;

    HeapWatch() {
        sampler = new Thread(() -> {
            while (running) {
                Runtime runtime = Runtime.getRuntime();
                peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    long peakBytes() {
        Runtime runtime = Runtime.getRuntime();
        return Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
