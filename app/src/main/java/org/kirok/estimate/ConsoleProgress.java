package org.kirok.estimate;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.kirok.engine.estimate.ProgressListener;

/**
 * Shows an engine's progress as a bar on standard error, so standard output stays clean for
 * {@code --json}. The bar starts at the first report; work of unknown size shows a count.
 * Not thread-safe: one per task.
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {

    private final String task;
    private final PrintStream stream;
    private ProgressBar bar;

    ConsoleProgress(String task, PrintStream stream) {
        this.task = task;
        this.stream = stream;
    }

    @Override
    public void progress(long done, long total) {
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total > 0 ? total : -1)
                    .setConsumer(new ConsoleProgressBarConsumer(stream)).setUpdateIntervalMillis(250).build();
        }
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
