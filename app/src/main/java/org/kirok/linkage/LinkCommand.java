package org.kirok.linkage;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the record-linkage commands. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Record linkage: the same person (or record) across testimonies, spellings and organisations.",
        subcommands = {LinkPersonsCommand.class, LinkGenericCommand.class})
public final class LinkCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
