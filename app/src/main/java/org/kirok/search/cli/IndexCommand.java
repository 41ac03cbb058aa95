package org.kirok.search.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.kirok.app.Kirok;
import org.kirok.app.Settings;
import org.kirok.search.SearchService;
import org.kirok.search.SearchStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kirok index rebuild} and {@code kirok index status}: the search index from the command line. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "The search index: rebuild it from the database, or show how current it is.",
        subcommands = {IndexCommand.Rebuild.class, IndexCommand.Status.class})
public final class IndexCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Shared: where the data is. */
    abstract static class Base implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", defaultValue = "./kirok-data",
                description = "Data directory (default: ${DEFAULT-VALUE}); KIROK_DATABASE_URL names another PostgreSQL.")
        Path data;

        @Override
        public Integer call() {
            try (Kirok kirok = Kirok.open(Settings.fromEnvironment(data, false, false))) {
                SearchService search = kirok.features().search();
                if (!search.available()) {
                    spec.commandLine().getErr().println("kirok index " + spec.name() + ": "
                            + search.status().problem().orElse("the index is not available")
                            + ". Stop the running Kirok server first, or let it do the work.");
                    return 1;
                }
                return run(search);
            }
        }

        abstract int run(SearchService search);
    }

    @Command(name = "rebuild", mixinStandardHelpOptions = true,
            description = "Rebuild the whole search index from the database (the server must be stopped).")
    static final class Rebuild extends Base {
        @Override
        int run(SearchService search) {
            long started = System.nanoTime();
            long written;
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(-1)
                    .setUnit(" documents", 1).setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
                written = search.rebuild(bar::stepTo);
            }
            SearchStatus status = search.status();
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "Rebuilt the search index (%s storage): %,d documents in %.1f s; it covers the audit log up to "
                            + "entry %d.%n", status.storage(), written, (System.nanoTime() - started) / 1e9,
                    status.indexed());
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Show the index's storage, how far it has caught up with the audit log, and its documents.")
    static final class Status extends Base {
        @Override
        int run(SearchService search) {
            SearchStatus status = search.status();
            var out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "storage: %s%nindexed up to audit entry %d of %d%s%n", status.storage(),
                    status.indexed(), status.head(), status.indexed() >= status.head() ? " (current)"
                            : " (the server catches up at start)");
            status.documents().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(entry -> out.printf(Locale.ROOT, "  %-14s %,d%n", entry.getKey(), entry.getValue()));
            return 0;
        }
    }
}
