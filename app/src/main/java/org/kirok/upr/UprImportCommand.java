package org.kirok.upr;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.kirok.app.Kirok;
import org.kirok.app.Settings;
import org.kirok.audit.Actor;
import org.kirok.store.InvalidInputException;
import org.kirok.transfer.ImportResult;
import org.kirok.transfer.TabularFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kirok import upr FILE --format upr-info|uhri|published}: recommendations or reference figures. */
@Command(name = "upr", mixinStandardHelpOptions = true,
        description = "Import UPR recommendations (UPR Info or UHRI export) or published reference figures; "
                + "idempotent by recommendation id, all or nothing unless --keep-accepted.")
public final class UprImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A .csv (UTF-8) or .xlsx file with a header row.")
    Path file;

    @Option(names = "--format", defaultValue = "upr-info",
            description = "upr-info (UPR Info export), uhri (OHCHR Universal Human Rights Index export) or "
                    + "published (reference figures); default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--data", defaultValue = "./kirok-data",
            description = "Data directory of the embedded database (default: ${DEFAULT-VALUE}); KIROK_DATABASE_URL overrides.")
    Path data;

    @Option(names = "--encoding", description = "The text encoding of a CSV that is not UTF-8, e.g. cp949.")
    Optional<String> encoding;

    @Option(names = "--keep-accepted", description = "Save the valid rows even if some rows are rejected.")
    boolean keepAccepted;

    @Option(names = "--dry-run", description = "Check every row and report; save nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        ImportFormat chosen;
        try {
            chosen = ImportFormat.parse(format);
        } catch (InvalidInputException e) {
            err.println("kirok import upr: " + e.getMessage());
            return 2;
        }
        if (!Files.isReadable(file)) {
            err.println("kirok import upr: cannot read " + file.toAbsolutePath());
            return 2;
        }
        byte[] bytes = Files.readAllBytes(file);
        Optional<Charset> charset = encoding.map(UprApi::charset);
        try (Kirok kirok = Kirok.open(Settings.fromEnvironment(data, false, false))) {
            int rows = UprImporter.rowCount(file.toString(), bytes, charset);
            long started = System.nanoTime();
            ImportResult result;
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Importing " + file.getFileName())
                    .setInitialMax(2L * rows).setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
                result = kirok.features().upr().importer().importFile(chosen, file.toString(), bytes, charset,
                        Actor.cli("import upr"), new UprImporter.Options(keepAccepted, dryRun, bar::stepBy));
                bar.stepTo(2L * rows);
            }
            out.println(result.summary() + String.format(" (%.1f s)", (System.nanoTime() - started) / 1e9));
            result.rejected().forEach(r -> out.println("  rejected " + r));
            return result.rejected().isEmpty() ? 0 : 1;
        } catch (TabularFile.Unreadable e) {
            err.println("kirok import upr: " + file + ": " + e.getMessage());
            return 2;
        }
    }
}
