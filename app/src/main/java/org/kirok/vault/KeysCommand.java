package org.kirok.vault;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kirok.app.Settings;
import org.kirok.app.Storage;
import org.kirok.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kirok keys protect|rotate|split|combine}: managing the vault's master keys. */
@Command(name = "keys", mixinStandardHelpOptions = true, description = "Manage the vault keys (passphrase, rotation, shares).",
        subcommands = {KeysCommand.Protect.class, KeysCommand.Rotate.class, KeysCommand.Split.class, KeysCommand.Combine.class})
public final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Common option: which installation. */
    abstract static class Base {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", defaultValue = "./kirok-data",
                description = "Data directory (default: ${DEFAULT-VALUE}); KIROK_KEY_FILE and KIROK_DATABASE_URL override.")
        Path data;

        Settings settings() {
            return Settings.fromEnvironment(data, true, false);
        }
    }

    @Command(name = "protect", mixinStandardHelpOptions = true,
            description = "Set, change or remove the passphrase of the key file (KIROK_NEW_KEY_PASSPHRASE, or typed twice).")
    static final class Protect extends Base implements Callable<Integer> {
        @Option(names = "--remove", description = "Remove the passphrase (the key file is then readable by anyone who has it).")
        boolean remove;

        @Override
        public Integer call() {
            Path file = settings().keyFile();
            VaultKeys keys = KeyFile.loadOrCreate(file);
            Optional<char[]> passphrase = remove ? Optional.empty() : Optional.of(newPassphrase());
            if (passphrase.isPresent() && passphrase.get().length < 12) {
                spec.commandLine().getErr().println("kirok keys protect: use a passphrase of at least 12 characters");
                return 2;
            }
            KeyFile.write(file, keys, passphrase);
            passphrase.ifPresent(p -> Arrays.fill(p, '\0'));
            spec.commandLine().getOut().println(remove ? "The key file is no longer protected by a passphrase."
                    : "The key file is now protected by the passphrase. Kirok asks for it at start (or reads KIROK_KEY_PASSPHRASE).");
            return 0;
        }

        private static char[] newPassphrase() {
            String fromEnvironment = System.getenv("KIROK_NEW_KEY_PASSPHRASE");
            if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
                return fromEnvironment.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new IllegalStateException("set KIROK_NEW_KEY_PASSPHRASE or run this in a terminal");
            }
            char[] first = console.readPassword("New passphrase: ");
            char[] second = console.readPassword("The same passphrase again: ");
            if (!Arrays.equals(first, second)) {
                throw new IllegalStateException("the two passphrases differ; nothing was changed");
            }
            return first;
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Add a new master key and re-wrap every data key under it (stop the server first).")
    static final class Rotate extends Base implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            Settings settings = settings();
            Path file = settings.keyFile();
            VaultKeys rotated = KeyRotation.withNewPrimary(KeyFile.loadOrCreate(file));
            Path previous = file.resolveSibling(file.getFileName() + ".before-rotation-" + System.currentTimeMillis());
            Files.copy(file, previous);
            KeyFile.write(file, rotated, Optional.ofNullable(System.getenv(KeyPassphrase.VARIABLE)).map(String::toCharArray));
            try (Storage storage = Storage.open(settings, DataDirectory.create(settings.dataDirectory()))) {
                long done = KeyRotation.rewrap(storage.database().jdbi(), rotated, n -> spec.commandLine().getErr().print("."));
                spec.commandLine().getOut().println("\nRotated: " + done + " data keys re-wrapped under the new master key. "
                        + "The previous key file was kept as " + previous.getFileName() + "; delete it once backups are redone.");
            }
            return 0;
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Split a backup of the key file into shares, any THRESHOLD of which rebuild it (default 2 of 3).")
    static final class Split extends Base implements Callable<Integer> {
        @Option(names = "--shares", defaultValue = "3") int shares;
        @Option(names = "--threshold", defaultValue = "2") int threshold;
        @Option(names = "--out", required = true, description = "Directory for the share files (give each to a different person).")
        Path out;

        @Override
        public Integer call() {
            List<Path> files = KeyShares.split(settings().keyFile(), shares, threshold, out);
            files.forEach(f -> spec.commandLine().getOut().println("wrote " + f));
            spec.commandLine().getOut().println("Any " + threshold + " of these " + shares + " shares rebuild the key file "
                    + "(kirok keys combine); fewer reveal nothing.");
            return 0;
        }
    }

    @Command(name = "combine", mixinStandardHelpOptions = true, description = "Rebuild the key file from enough shares.")
    static final class Combine implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(arity = "2..*", paramLabel = "SHARE") List<Path> shares;
        @Option(names = "--out", required = true, description = "Where to write the rebuilt key file (must not exist).")
        Path out;

        @Override
        public Integer call() throws Exception {
            if (Files.exists(out)) {
                spec.commandLine().getErr().println("kirok keys combine: " + out + " exists; choose another path");
                return 2;
            }
            byte[] keyFile = KeyShares.combine(shares);
            Files.createFile(out, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            Files.write(out, keyFile);
            spec.commandLine().getOut().println("Rebuilt the key file at " + out + ".");
            return 0;
        }
    }
}
