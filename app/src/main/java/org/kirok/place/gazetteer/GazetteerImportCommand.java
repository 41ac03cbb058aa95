package org.kirok.place.gazetteer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.kirok.audit.Actor;
import org.kirok.app.Kirok;
import org.kirok.app.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kirok import gazetteer FILE}: places and facilities from the gazetteer files in shared/data/geo or a
 * GeoNames dump. Exit 0 when saved, 1 when rows were rejected (nothing saved unless --skip-rejected), 2 for a file
 * that cannot be read at all.
 */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Import places and detention facilities (dprk-gazetteer, dprk-counties, china-border, facilities, "
                + "GeoNames tab-separated); idempotent, all or nothing unless --skip-rejected.")
public final class GazetteerImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The gazetteer file (CSV with header, or GeoNames TSV).")
    Path file;

    @Option(names = "--format", defaultValue = "auto",
            description = "auto, dprk-gazetteer, dprk-counties, china-border, facilities or geonames (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--data", defaultValue = "./kirok-data",
            description = "Data directory of the embedded database (default: ${DEFAULT-VALUE}); KIROK_DATABASE_URL overrides.")
    Path data;

    @Option(names = "--skip-rejected", description = "Save the accepted rows even if some rows were rejected.")
    boolean skipRejected;

    @Option(names = "--dry-run", description = "Check and report, save nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (!Files.isReadable(file)) {
            err.println("kirok import gazetteer: cannot read " + file.toAbsolutePath());
            return 2;
        }
        GazetteerFormat wanted;
        try {
            wanted = GazetteerFormat.parse(format);
        } catch (IllegalArgumentException e) {
            err.println("kirok import gazetteer: " + e.getMessage());
            return 2;
        }
        try (Kirok kirok = Kirok.open(Settings.fromEnvironment(data, false, false))) {
            GazetteerImport importer = new GazetteerImport(kirok.jdbi(), kirok.features().places());
            GazetteerImport.Prepared prepared;
            try {
                prepared = importer.prepare(file, wanted);
            } catch (IllegalArgumentException | java.io.IOException e) {
                err.println("kirok import gazetteer: " + file + ": " + e.getMessage());
                return 2;
            }
            ImportReport report;
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Importing " + file.getFileName())
                    .setInitialMax(prepared.rows()).setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .continuousUpdate().build()) {
                report = importer.run(prepared, Actor.cli("import gazetteer"),
                        new GazetteerImport.Options(prepared.format(), skipRejected, dryRun, bar::step));
            }
            report.print(out);
            if (!report.rejected().isEmpty() && !report.committed()) {
                err.println("kirok import gazetteer: " + report.rejected().size() + " rows rejected, nothing was saved;"
                        + " fix them or pass --skip-rejected");
            }
            return report.rejected().isEmpty() ? 0 : 1;
        }
    }
}
