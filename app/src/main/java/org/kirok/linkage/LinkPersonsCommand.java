package org.kirok.linkage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.kirok.engine.linkage.Gazetteer;
import org.kirok.engine.linkage.Linkage;
import org.kirok.engine.linkage.Linker;
import org.kirok.engine.linkage.PersonLinkage;
import org.kirok.engine.linkage.Records;
import org.kirok.engine.linkage.YearComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kirok link persons INPUT.csv --out CLUSTERS.csv [--threshold P] [--explain PAIRS.csv]}: the
 * same person across mentions. Evaluation scripts rely on this interface exactly.
 */
@Command(name = "persons", mixinStandardHelpOptions = true,
        description = {"Find the same person across mentions in any script, romanization or order.",
            "INPUT columns: id,name,birth_year,sex,place (all but id and name may be empty; more columns are ignored).",
            "Writes id,cluster for every input id: ids sharing a cluster are the same person."})
public final class LinkPersonsCommand implements Callable<Integer> {
    private static final Set<String> SEXES = Set.of("m", "f", "male", "female", "man", "woman", "남", "여", "남성", "여성", "x");

    @Parameters(index = "0", paramLabel = "INPUT.csv", description = "mentions, UTF-8 CSV with a header")
    Path input;

    @Option(names = "--out", required = true, paramLabel = "CLUSTERS.csv", description = "where to write id,cluster")
    Path out;

    @Option(names = "--threshold", paramLabel = "P", defaultValue = "0.5",
            description = "match probability at or above which two mentions are the same person (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--explain", paramLabel = "PAIRS.csv",
            description = "also write every compared pair with probability ≥ --explain-min, field by field, weights in bits")
    Path explain;

    @Option(names = "--explain-min", paramLabel = "P", defaultValue = "0.05",
            description = "smallest probability of a pair written to --explain (default ${DEFAULT-VALUE})")
    double explainMinimum;

    @Option(names = "--gazetteer", paramLabel = "DIR",
            description = "folder of geo CSV files for place comparison (default: the shared data's geo/ when present)")
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
            System.err.println("kirok link persons: " + e.getMessage());
            return 2;
        }
    }

    private int run() throws IOException {
        if (!(threshold > 0 && threshold < 1)) {
            throw new InputError("--threshold must be a probability strictly between 0 and 1, not " + threshold);
        }
        Records records = read(input);
        Gazetteer gazetteer = gazetteer();
        Linkage linkage;
        try (ProgressBars progress = new ProgressBars(!quiet)) {
            linkage = Linker.link(records, PersonLinkage.settings(gazetteer, threshold),
                    confirmed == null ? List.of() : ConfirmedPairs.read(confirmed, records), progress);
        }
        LinkageFiles.writeClusters(out, records, linkage);
        var counts = linkage.counts();
        System.err.printf(Locale.ROOT, "%d mentions, %d compared pairs, %d linked pairs, %d persons → %s%n", counts.records(),
                counts.candidatePairs(), counts.linkedPairs(), counts.clusters(), out);
        if (counts.skippedBlocks() > 0) {
            System.err.printf(Locale.ROOT, "note: %d oversized blocks (%d pairs) were not compared%n", counts.skippedBlocks(),
                    counts.skippedPairs());
        }
        if (explain != null) {
            long pairs = LinkageFiles.writeExplanations(explain, linkage, explainMinimum);
            System.err.printf(Locale.ROOT, "%d explained pairs → %s%n", pairs, explain);
        }
        return 0;
    }

    private Gazetteer gazetteer() throws IOException {
        return Gazetteers.forCommand(gazetteerFolder);
    }

    /** Reads and checks the mentions; the first bad row stops the run with row, field and reason. */
    static Records read(Path file) {
        CsvTables.Table table = CsvTables.wide(file);
        int id = table.column("id");
        int name = table.column("name");
        int year = table.column("birth_year");
        int sex = table.column("sex");
        int place = table.column("place");
        Records.Builder builder = new Records.Builder(PersonLinkage.COLUMNS);
        Set<String> ids = new HashSet<>();
        for (int r = 0; r < table.rows().size(); r++) {
            String[] row = table.rows().get(r);
            String where = file + " row " + table.lineNumbers().get(r);
            if (row[id].isEmpty()) {
                throw new InputError(where + ", field id: empty; every mention needs an id");
            }
            if (!ids.add(row[id])) {
                throw new InputError(where + ", field id: '" + row[id] + "' appears twice");
            }
            if (row[name].isBlank()) {
                throw new InputError(where + ", field name: empty; every mention needs a name");
            }
            if (!row[year].isEmpty() && (!row[year].matches("\\d{4}") || YearComparison.parseYear(row[year]).isEmpty())) {
                throw new InputError(where + ", field birth_year: '" + row[year] + "' is not a four-digit year (leave it empty when unknown)");
            }
            if (!row[sex].isEmpty() && !SEXES.contains(row[sex].toLowerCase(Locale.ROOT))) {
                throw new InputError(where + ", field sex: '" + row[sex] + "' is not one of M, F, X (or empty)");
            }
            builder.add(row[id], 0, row[name], row[year], normalSex(row[sex]), row[place]);
        }
        return builder.build();
    }

    private static String normalSex(String sex) {
        return switch (sex.toLowerCase(Locale.ROOT)) {
            case "m", "male", "man", "남", "남성" -> "M";
            case "f", "female", "woman", "여", "여성" -> "F";
            default -> sex.toUpperCase(Locale.ROOT);
        };
    }
}
