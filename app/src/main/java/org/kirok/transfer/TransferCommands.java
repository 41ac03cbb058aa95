package org.kirok.transfer;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.kirok.app.Kirok;
import org.kirok.app.Settings;
import org.kirok.audit.Actor;
import org.kirok.event.ActFilter;
import org.kirok.security.Role;
import org.kirok.security.User;
import org.kirok.web.Spreadsheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kirok import persons|places|acts FILE} and {@code kirok export persons|places|acts FILE}. */
public final class TransferCommands {
    private TransferCommands() {
    }

    /** Shared options: where the data is. */
    abstract static class Base {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", defaultValue = "./kirok-data",
                description = "Data directory of the embedded database (default: ${DEFAULT-VALUE}); KIROK_DATABASE_URL overrides.")
        Path data;
    }

    @Command(name = "persons", mixinStandardHelpOptions = true,
            description = "Import persons from CSV or XLSX (idempotent; all or nothing unless --keep-accepted).")
    public static final class ImportPersons extends Import {
        ImportPersons() {
            super("persons");
        }
    }

    @Command(name = "places", mixinStandardHelpOptions = true,
            description = "Import places and facilities from CSV or XLSX in Kirok's export shape.")
    public static final class ImportPlaces extends Import {
        ImportPlaces() {
            super("places");
        }
    }

    @Command(name = "acts", mixinStandardHelpOptions = true,
            description = "Import acts (one row per act) from CSV or XLSX (idempotent; all or nothing unless --keep-accepted).")
    public static final class ImportActs extends Import {
        ImportActs() {
            super("acts");
        }
    }

    /** The importer command of one kind of record. */
    abstract static class Import extends Base implements Callable<Integer> {
        private final String kind;

        Import(String kind) {
            this.kind = kind;
        }

        @Parameters(index = "0", paramLabel = "FILE", description = "A .csv (UTF-8) or .xlsx file with a header row.")
        Path file;

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
            Transfer.Entity entity = Transfer.Entity.parse(kind);
            if (!Files.isReadable(file)) {
                err.println("kirok import: cannot read " + file.toAbsolutePath());
                return 2;
            }
            byte[] bytes = Files.readAllBytes(file);
            Optional<Charset> charset = encoding.map(name -> Charset.forName(name.toLowerCase(Locale.ROOT)
                    .equals("cp949") ? "x-windows-949" : name));
            try (Kirok kirok = Kirok.open(Settings.fromEnvironment(data, false, false))) {
                int rows = Transfer.rowCount(file.toString(), bytes, charset);
                ImportResult result;
                try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Importing " + file.getFileName())
                        .setInitialMax(rows).setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
                    result = kirok.features().transfer().importFile(entity, file.toString(), bytes, charset,
                            Actor.cli("import " + kind), Optional.empty(), keepAccepted, dryRun, bar::stepBy);
                }
                out.println(result.summary());
                result.rejected().forEach(r -> out.println("  rejected " + r));
                return result.rejected().isEmpty() ? 0 : 1;
            } catch (TabularFile.Unreadable e) {
                err.println("kirok import: " + file + ": " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export persons, places or acts as CSV or XLSX (the shape the importers read).")
    public static final class Export extends Base implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "KIND", description = "persons, places or acts")
        String kind;

        @Parameters(index = "1", paramLabel = "FILE", description = "Where to write: .csv or .xlsx")
        Path file;

        @Override
        public Integer call() throws Exception {
            Transfer.Entity entity = Transfer.Entity.parse(kind);
            Spreadsheet.Format format = file.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                    ? Spreadsheet.Format.XLSX : Spreadsheet.Format.CSV;
            try (Kirok kirok = Kirok.open(Settings.fromEnvironment(data, false, false))) {
                User operator = new User(new java.util.UUID(0, 0), "cli", "Command line", Role.ADMIN, Optional.empty(),
                        "en", false, false, false, 0);
                Exports exports = kirok.features().exports();
                byte[] bytes = switch (entity) {
                    case PERSONS -> exports.persons(operator, format);
                    case PLACES -> exports.places(operator, format);
                    case ACTS -> exports.acts(operator, ActFilter.none(), format);
                };
                Files.write(file, bytes);
                spec.commandLine().getOut().println("Wrote " + file + " (" + bytes.length + " bytes)."
                        + (entity == Transfer.Entity.PLACES ? "" : " It holds identities in clear: keep it encrypted."));
                return 0;
            }
        }
    }
}
