package org.kirok.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.kirok.app.Settings;
import org.kirok.app.Storage;
import org.kirok.person.ErasureLedger;
import org.kirok.store.DataDirectory;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.KeyFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kirok backup FILE} and {@code kirok restore FILE}. */
public final class BackupCommands {
    private BackupCommands() {
    }

    abstract static class Base {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", defaultValue = "./kirok-data",
                description = "Data directory (default: ${DEFAULT-VALUE}); KIROK_DATABASE_URL and KIROK_KEY_FILE override.")
        Path data;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Write an encrypted, consistent backup of the whole database (readable only with the key file).")
    public static final class Write extends Base implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            Settings settings = Settings.fromEnvironment(data, true, false);
            if (!Files.exists(settings.keyFile())) {
                spec.commandLine().getErr().println("kirok backup: no key file at " + settings.keyFile());
                return 2;
            }
            IdentityVault vault = new IdentityVault(KeyFile.loadOrCreate(settings.keyFile()));
            Path temporary = file.resolveSibling(file.getFileName() + ".partial");
            try (Storage storage = Storage.open(settings, DataDirectory.create(settings.dataDirectory()));
                 OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                Manifest manifest = Backup.write(storage.database().jdbi(), vault, out,
                        table -> spec.commandLine().getErr().println("  " + table));
                out.close();
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                long rows = manifest.rowCounts().values().stream().mapToLong(Long::longValue).sum();
                spec.commandLine().getOut().println("Wrote " + file + ": " + manifest.tables().size() + " tables, " + rows
                        + " rows, audit head " + manifest.auditSeq() + "/" + manifest.auditHead().substring(0, 16)
                        + "… Keep the key file separately: without it this backup cannot be read.");
            }
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Restore a backup into an empty database (a new --data directory, or an empty KIROK_DATABASE_URL).")
    public static final class Read extends Base implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            Settings settings = Settings.fromEnvironment(data, true, false);
            if (!Files.exists(settings.keyFile())) {
                spec.commandLine().getErr().println("kirok restore: no key file at " + settings.keyFile()
                        + ". A restore needs the key file of the installation that made the backup: set KIROK_KEY_FILE.");
                return 2;
            }
            IdentityVault vault = new IdentityVault(KeyFile.loadOrCreate(settings.keyFile()));
            ErasureLedger ledger = new ErasureLedger(settings.keyFile().toAbsolutePath().resolveSibling("erasures.ledger"));
            try (Storage storage = Storage.open(settings, DataDirectory.create(settings.dataDirectory()));
                 InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                Manifest manifest = Restore.run(storage.database().jdbi(), vault, ledger, in,
                        table -> spec.commandLine().getErr().println("  " + table));
                long rows = manifest.rowCounts().values().stream().mapToLong(Long::longValue).sum();
                spec.commandLine().getOut().println("Restored " + rows + " rows in " + manifest.tables().size()
                        + " tables; the audit chain verifies and ends at " + manifest.auditSeq() + "/"
                        + manifest.auditHead().substring(0, 16) + "…; " + ledger.all().size() + " erasures re-applied.");
            }
            return 0;
        }
    }
}
