package org.kirok.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: every Kirok command is a picocli subcommand registered here, so that
 * {@code ./kirok --help} lists them all.
 */
@Command(
        name = "kirok",
        mixinStandardHelpOptions = true,
        version = "Kirok 0.1.0",
        description = "Kirok (기록, \"the record\"): testimony to evidence to advocacy.",
        subcommands = {
            ServeCommand.class,
            TestCommand.class,
            BenchCommand.class,
            org.kirok.estimate.EstimateCommand.class,
            org.kirok.linkage.LinkCommand.class,
            org.kirok.transfer.TransferCommands.Export.class,
            org.kirok.audit.AuditCommand.class,
            org.kirok.vault.KeysCommand.class,
            org.kirok.backup.BackupCommands.Write.class,
            org.kirok.backup.BackupCommands.Read.class,
            ImportCommand.class,
            org.kirok.search.cli.IndexCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            // a person reads this: say what failed and what to do, without a stack trace
            cmd.getErr().println("kirok " + cmd.getCommandName() + ": " + describe(exception));
            if (System.getenv("KIROK_DEBUG") != null) {
                exception.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("(set KIROK_DEBUG=1 to see the technical details)");
            }
            return 1;
        });
        return commandLine;
    }

    private static String describe(Throwable exception) {
        Throwable cause = exception;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
