package org.kirok.linkage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.kirok.engine.linkage.Gazetteer;
import org.kirok.engine.linkage.KoreanMentions;
import org.kirok.engine.linkage.KoreanOracle;
import org.kirok.engine.linkage.Linkage;
import org.kirok.engine.linkage.Linker;
import org.kirok.engine.linkage.LinkageSettings;
import org.kirok.engine.linkage.PairwiseQuality;
import org.kirok.engine.linkage.PersonLinkage;
import org.kirok.engine.linkage.Progress;
import org.kirok.engine.linkage.Records;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kirok bench linkage}: pairwise precision, recall and F1 of the entities against ground
 * truth, records per second and peak heap, for every dataset in the shared linkage folder and for
 * the seeded Korean mention generator, beside the published figures.
 */
@Command(name = "linkage", mixinStandardHelpOptions = true,
        description = "Linkage quality and speed on the shared benchmark datasets and generated Korean mentions.")
public final class BenchLinkageCommand implements Callable<Integer> {
    @Option(names = "--datasets", split = ",", paramLabel = "NAME",
            description = "which datasets (default: all): febrl1, febrl2, febrl3, febrl4, fake_1000, fake_20000, "
                    + "historical_50k, dblp_acm, abt_buy, census, korean")
    List<String> only;

    @Option(names = "--korean", split = ",", paramLabel = "N", defaultValue = "20000",
            description = "sizes of the generated Korean sets (default ${DEFAULT-VALUE}; the targets use 215000 and 1000000)")
    List<Integer> koreanSizes;

    @Option(names = "--settings-dir", paramLabel = "DIR", defaultValue = "bench/linkage",
            description = "folder of the datasets' settings files (default ${DEFAULT-VALUE})")
    Path settingsFolder;

    @Option(names = "--seed", defaultValue = "20261122", description = "seed of the Korean generator")
    long seed;

    @Option(names = "--oracle", description = "also print the ceiling of the generated Korean sets: the strict bound on "
            + "interchangeable mentions and the Bayes oracle's F1 (KoreanOracle), and Kirok's F1 when every mention "
            + "carries its true name")
    boolean oracle;

    @Option(names = "--sweep", description = "also print F1 at other thresholds, with and without chaining (diagnostics)")
    boolean sweep;

    /** One benchmark run's figures. */
    record Row(String dataset, int records, PairwiseQuality quality, double seconds, long peakHeapBytes, String published,
            PairwiseQuality best, double bestThreshold) {
    }

    private static final int ORACLE_BURN_IN = 50;
    private static final int ORACLE_SAMPLES = 200;

    /** Thresholds tried for the best-over-thresholds figure, the way Splink's published F1s were chosen. */
    private static final double[] GRID = {0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99};

    @Override
    public Integer call() throws IOException {
        var shared = SharedData.root();
        System.out.printf(Locale.ROOT, "machine: %d cores, %s, Java %s, max heap %d MiB%n",
                Runtime.getRuntime().availableProcessors(), cpuModel(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        if (shared.isEmpty()) {
            System.out.println("shared data not found (../shared/data or $KIROK_SHARED_DATA): only the generated Korean sets run");
        }
        Gazetteer gazetteer = Gazetteers.forCommand(null);
        Path data = shared.map(root -> root.resolve("linkage")).orElse(null);
        System.out.printf(Locale.ROOT, "%-16s %8s %9s %8s %8s %-16s %-32s %10s %8s %8s%n", "dataset", "records", "precision",
                "recall", "F1", "best F1 (at p)", "published F1", "records/s", "seconds", "heap MiB");
        List<Row> rows = new ArrayList<>();
        if (data != null) {
            Path febrl = data.resolve("febrl");
            for (int n = 1; n <= 3; n++) {
                String name = "febrl" + n;
                if (wanted(name)) {
                    Path file = febrl.resolve("dataset" + n + ".csv");
                    print(rows, run(name, List.of(file), "febrl.json", gazetteer, Truth::febrl,
                            n == 3 ? "Splink 0.9954 (target ≥ 0.995)" : "-"));
                }
            }
            if (wanted("febrl4")) {
                print(rows, run("febrl4", List.of(febrl.resolve("dataset4a.csv"), febrl.resolve("dataset4b.csv")), "febrl.json",
                        gazetteer, Truth::febrl, "Splink 0.9998 (target ≥ 0.999)"));
            }
            Path splink = data.resolve("splink");
            if (wanted("fake_1000")) {
                print(rows, runWithColumn("fake_1000", splink.resolve("fake_1000.csv"), "fake.json", gazetteer, "cluster",
                        "Splink 0.9338 (target ≥ 0.95)"));
            }
            if (wanted("fake_20000")) {
                print(rows, runWithColumn("fake_20000", splink.resolve("fake_20000.csv"), "fake.json", gazetteer, "group", "-"));
            }
            if (wanted("historical_50k")) {
                print(rows, runWithColumn("historical_50k", splink.resolve("historical_figures_with_errors_50k.csv"),
                        "historical.json", gazetteer, "cluster", "Splink 0.6005 (target ≥ 0.80)"));
            }
            Path jedai = data.resolve("jedai");
            if (wanted("dblp_acm")) {
                Path folder = jedai.resolve("DBLP-ACM");
                print(rows, run("dblp_acm", List.of(folder.resolve("DBLP2.csv"), folder.resolve("ACM.csv")), "dblp_acm.json",
                        gazetteer, records -> Truth.pairs(records, folder.resolve("DBLP-ACM_perfectMapping.csv"), "idDBLP", "idACM"),
                        "JedAI 0.993 (target ≥ 0.99)"));
            }
            if (wanted("abt_buy")) {
                print(rows, run("abt_buy", List.of(jedai.resolve("abtProfiles.csv"), jedai.resolve("buyProfiles.csv")),
                        "abt_buy.json", gazetteer, records -> Truth.pairs(records, jedai.resolve("abtBuyIdDuplicates.csv"),
                                "entity_index_1", "entity_index_2"), "JedAI 0.900"));
            }
            if (wanted("census")) {
                print(rows, run("census", List.of(jedai.resolve("censusProfiles.csv")), "census.json", gazetteer,
                        records -> Truth.pairs(records, jedai.resolve("censusIdDuplicates.csv"), "entity_index_1",
                                "entity_index_2"), "-"));
            }
        }
        if (wanted("korean")) {
            for (int size : koreanSizes) {
                if (oracle) {
                    printCeiling(size);
                }
                print(rows, korean(size, gazetteer, false));
                if (oracle) {
                    print(rows, korean(size, gazetteer, true));
                }
            }
        }
        return 0;
    }

    private boolean wanted(String name) {
        return only == null || only.isEmpty() || only.contains(name);
    }

    private Row run(String name, List<Path> files, String settingsName, Gazetteer gazetteer,
            java.util.function.Function<Records, String[]> truth, String published) throws IOException {
        SettingsFile settings = SettingsFile.read(settingsFolder.resolve(settingsName), gazetteer);
        try (HeapSampler heap = new HeapSampler()) {
            long start = System.nanoTime();
            Records records = GenericRecords.read(files, settings);
            Linkage linkage = Linker.link(records, settings.settings(), Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            return row(name, records, linkage, truth.apply(records), seconds, heap.peakBytes(), published);
        }
    }

    private Row runWithColumn(String name, Path file, String settingsName, Gazetteer gazetteer, String truthColumn,
            String published) throws IOException {
        String[] truth = Truth.column(CsvTables.wide(file), truthColumn);
        return run(name, List.of(file), settingsName, gazetteer, records -> truth, published);
    }

    /**
     * One generated Korean set; with {@code trueNames} every mention carries its person's true name
     * in Hangul instead of its noisy rendering — how much of what is lost is lost to the names.
     */
    private Row korean(int size, Gazetteer gazetteer, boolean trueNames) {
        List<KoreanMentions.Mention> mentions = new java.util.ArrayList<>(size);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        KoreanMentions.generate(size, seed, mentions::add, person -> names.put(person.id(), person.surname() + person.given()));
        if (trueNames) {
            mentions.replaceAll(m -> new KoreanMentions.Mention(m.id(), names.get(m.person()), m.birthYear(), m.sex(), m.place(),
                    m.person()));
        } else {
            describeNamesakes(size, mentions);
        }
        String[] truth = mentions.stream().map(KoreanMentions.Mention::person).toArray(String[]::new);
        try (HeapSampler heap = new HeapSampler()) {
            long start = System.nanoTime();
            Records.Builder builder = new Records.Builder(PersonLinkage.COLUMNS);
            for (KoreanMentions.Mention m : mentions) {
                builder.add(m.id(), 0, m.name(), m.birthYear(), m.sex(), m.place());
            }
            Records records = builder.build();
            LinkageSettings settings = PersonLinkage.settings(gazetteer, 0.5);
            Linkage linkage = Linker.link(records, settings, Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "  korean_%d%s: %,d candidate pairs, %,d pairs skipped in %d oversized blocks%n", size,
                    trueNames ? "_true_names" : "", linkage.counts().candidatePairs(), linkage.counts().skippedPairs(),
                    linkage.counts().skippedBlocks());
            return row("korean_" + size + (trueNames ? "_true_names" : ""), records, linkage, truth, seconds, heap.peakBytes(),
                    trueNames ? "(names as the oracle knows them)" : "none published (target ≥ 0.97)");
        }
    }

    private void printCeiling(int size) {
        long start = System.nanoTime();
        KoreanOracle.Result ceiling = KoreanOracle.measure(size, seed, ORACLE_BURN_IN, ORACLE_SAMPLES);
        System.out.printf(Locale.ROOT, "  korean_%d ceiling: strict bound P %.4f R %.4f F1 %.4f | Bayes oracle P %.4f R %.4f "
                + "F1 %.4f (expected %.4f, at p ≥ %.2f; %d name groups, largest %d; %.0f s)%n", size,
                ceiling.strict().precision(), ceiling.strict().recall(), ceiling.strict().f1(), ceiling.bayes().precision(),
                ceiling.bayes().recall(), ceiling.bayes().f1(), ceiling.bayesExpectedF1(), ceiling.bayesThreshold(),
                ceiling.groups(), ceiling.largestGroup(), (System.nanoTime() - start) / 1e9);
    }

    /** How namesake-heavy the generated set is: the share of persons whose name key another person shares. */
    private static void describeNamesakes(int size, List<KoreanMentions.Mention> mentions) {
        java.util.Map<String, java.util.Set<String>> personsByKey = new java.util.HashMap<>();
        java.util.Map<String, String> keyOfPerson = new java.util.HashMap<>();
        for (KoreanMentions.Mention m : mentions) {
            // the truth's name, not a noisy rendering: the first mention's key stands for the person
            keyOfPerson.computeIfAbsent(m.person(), p -> org.kirok.engine.name.NameKeys.canonical(m.name()));
        }
        keyOfPerson.forEach((person, key) -> personsByKey.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(person));
        long shared = personsByKey.values().stream().filter(set -> set.size() > 1).mapToLong(java.util.Set::size).sum();
        System.out.printf(Locale.ROOT, "  korean_%d: %d persons; %.1f %% share their name key with another person%n", size,
                keyOfPerson.size(), 100.0 * shared / keyOfPerson.size());
    }

    private Row row(String name, Records records, Linkage linkage, String[] truth, double seconds, long peakHeap,
            String published) {
        int[] clusters = new int[records.size()];
        int[] sources = new int[records.size()];
        for (int i = 0; i < clusters.length; i++) {
            clusters[i] = linkage.clusterIndexOf(i);
            sources[i] = records.source(i);
        }
        PairwiseQuality quality = PairwiseQuality.measure(clusters, truth, sources);
        PairwiseQuality best = quality;
        double bestThreshold = Double.NaN;
        // the best-over-thresholds figure re-clusters 11 times: affordable up to 100,000 records
        for (double t : sweep || records.size() <= 100_000 ? GRID : new double[0]) {
            PairwiseQuality candidate = PairwiseQuality.measure(linkage.clustersAt(t, false), truth, sources);
            if (candidate.f1() > best.f1()) {
                best = candidate;
                bestThreshold = t;
            }
        }
        if (sweep) {
            for (double t : GRID) {
                PairwiseQuality average = PairwiseQuality.measure(linkage.clustersAt(t, false), truth, sources);
                PairwiseQuality chained = PairwiseQuality.measure(linkage.clustersAt(t, true), truth, sources);
                System.out.printf(Locale.ROOT, "  %-18s threshold %.2f: average linkage P %.4f R %.4f F1 %.4f | "
                        + "connected components P %.4f R %.4f F1 %.4f%n", name, t, average.precision(), average.recall(),
                        average.f1(), chained.precision(), chained.recall(), chained.f1());
            }
        }
        return new Row(name, records.size(), quality, seconds, peakHeap, published, best, bestThreshold);
    }

    private void print(List<Row> rows, Row row) {
        rows.add(row);
        String best = !sweep && row.records() > 100_000 ? "not swept"
                : Double.isNaN(row.bestThreshold()) ? String.format(Locale.ROOT, "%.4f (same)", row.best().f1())
                : String.format(Locale.ROOT, "%.4f (%.2f)", row.best().f1(), row.bestThreshold());
        System.out.printf(Locale.ROOT, "%-16s %8d %9.4f %8.4f %8.4f %-16s %-32s %10.0f %8.1f %8d%n", row.dataset(), row.records(),
                row.quality().precision(), row.quality().recall(), row.quality().f1(), best, row.published(),
                row.records() / row.seconds(), row.seconds(), row.peakHeapBytes() >> 20);
        System.out.flush();
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .findFirst().map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }
}
