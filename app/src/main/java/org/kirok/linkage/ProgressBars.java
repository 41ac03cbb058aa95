package org.kirok.linkage;

import java.util.concurrent.atomic.AtomicReference;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.kirok.engine.linkage.Progress;

/** Shows the engine's stages as progress bars on stderr. Thread-safe. */
final class ProgressBars implements Progress, AutoCloseable {
    private final AtomicReference<ProgressBar> current = new AtomicReference<>();
    private final boolean enabled;

    ProgressBars(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public synchronized void stage(String name, long total) {
        close();
        if (enabled) {
            current.set(new ProgressBarBuilder().setTaskName(name).setInitialMax(total <= 0 ? -1 : total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(500).build());
        }
    }

    @Override
    public void advance(long done) {
        ProgressBar bar = current.get();
        if (bar != null) {
            bar.stepBy(done);
        }
    }

    @Override
    public synchronized void close() {
        ProgressBar bar = current.getAndSet(null);
        if (bar != null) {
            bar.close();
        }
    }
}
