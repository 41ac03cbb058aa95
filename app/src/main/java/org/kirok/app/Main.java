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
            TestCommand.class,
            BenchCommand.class,
            org.kirok.linkage.LinkCommand.class,
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
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
