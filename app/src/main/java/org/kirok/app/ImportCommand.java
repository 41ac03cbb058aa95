package org.kirok.app;

import org.kirok.place.gazetteer.GazetteerImportCommand;
import org.kirok.transfer.TransferCommands;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the importers: {@code kirok import gazetteer FILE}, later persons, acts, UPR recommendations… */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import data from files (idempotent; a report of accepted and rejected rows).",
        subcommands = {
            GazetteerImportCommand.class,
            TransferCommands.ImportPersons.class,
            TransferCommands.ImportPlaces.class,
            TransferCommands.ImportActs.class,
            org.kirok.upr.UprImportCommand.class,
        })
final class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
