package org.kirok.linkage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kirok.engine.linkage.Gazetteer;
import org.kirok.engine.linkage.Linkage;
import org.kirok.engine.linkage.Linker;
import org.kirok.engine.linkage.Records;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kirok link generic INPUT.csv [SECOND.csv] --settings SETTINGS.json --out CLUSTERS.csv}:
 * comparisons configured per column; one file is deduplicated, two files are linked.
 */
@Command(name = "generic", mixinStandardHelpOptions = true,
        description = {"Deduplicate one file or link two, with comparisons configured per column in a settings file.",
            "Writes id,cluster (one file) or source,id,cluster_source,cluster (two files)."})
public final class LinkGenericCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..2", description = "one file to deduplicate, or two to link")
    List<Path> inputs;

    @Option(names = "--settings", required = true, paramLabel = "SETTINGS.json", description = "comparisons, blocking, threshold")
    Path settingsFile;

    @Option(names = "--out", required = true, paramLabel = "CLUSTERS.csv")
    Path out;

    @Option(names = "--threshold", paramLabel = "P", description = "overrides the settings' threshold")
    Double threshold;

    @Option(names = "--explain", paramLabel = "PAIRS.csv", description = "also write compared pairs field by field")
    Path explain;

    @Option(names = "--explain-min", paramLabel = "P", defaultValue = "0.05")
    double explainMinimum;

    @Option(names = "--gazetteer", paramLabel = "DIR", description = "geo CSV folder for place comparisons")
    Path gazetteerFolder;

    @Option(names = "--confirmed", paramLabel = "PAIRS.csv",
            description = "pairs confirmed as the same (columns id_l,id_r): m is trained on them instead of by EM")
    Path confirmed;

    @Option(names = "--quiet", description = "no progress on stderr")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        try {
            return run();
        } catch (InputError | IllegalArgumentException e) {
            System.err.println("kirok link generic: " + e.getMessage());
            return 2;
        }
    }

    private int run() throws IOException {
        Gazetteer gazetteer = Gazetteers.forCommand(gazetteerFolder);
        SettingsFile settings = SettingsFile.read(settingsFile, gazetteer);
        var linkageSettings = threshold == null ? settings.settings() : settings.settings().withThreshold(threshold);
        Records records = GenericRecords.read(inputs, settings);
        Linkage linkage;
        try (ProgressBars progress = new ProgressBars(!quiet)) {
            linkage = Linker.link(records, linkageSettings,
                    confirmed == null ? List.of() : ConfirmedPairs.read(confirmed, records), progress);
        }
        LinkageFiles.writeClusters(out, records, linkage);
        var counts = linkage.counts();
        System.err.printf(Locale.ROOT, "%d records, %d compared pairs, %d linked pairs, %d entities → %s%n", counts.records(),
                counts.candidatePairs(), counts.linkedPairs(), counts.clusters(), out);
        if (explain != null) {
            System.err.printf(Locale.ROOT, "%d explained pairs → %s%n",
                    LinkageFiles.writeExplanations(explain, linkage, explainMinimum), explain);
        }
        return 0;
    }
}
