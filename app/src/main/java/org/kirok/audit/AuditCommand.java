package org.kirok.audit;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.kirok.app.Settings;
import org.kirok.app.Storage;
import org.kirok.store.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kirok audit verify}: checks the whole hash chain of the audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the audit log.",
        subcommands = AuditCommand.Verify.class)
public final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Exit 0 when the chain is intact; 3 naming the first broken entry otherwise. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verify the audit log's hash chain (exit 0 when intact, 3 naming the first broken entry).")
    public static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", defaultValue = "./kirok-data",
                description = "Data directory of the embedded database (default: ${DEFAULT-VALUE}); KIROK_DATABASE_URL overrides.")
        Path data;

        @Override
        public Integer call() {
            Settings settings = Settings.fromEnvironment(data, true, false);
            try (Storage storage = Storage.open(settings, DataDirectory.create(settings.dataDirectory()))) {
                AuditVerifier.Result result = new AuditVerifier().verify(storage.database().jdbi());
                if (result.intact()) {
                    spec.commandLine().getOut().println("intact: " + result.entries() + " entries, head "
                            + result.headHash());
                    return 0;
                }
                spec.commandLine().getOut().println("BROKEN at entry " + result.brokenAt().orElse(-1L) + ": "
                        + result.reason());
                return 3;
            }
        }
    }
}
