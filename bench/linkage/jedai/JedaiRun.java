import com.esotericsoftware.minlog.Log;
import com.opencsv.CSVReader;
import gnu.trove.list.TIntList;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.scify.jedai.blockbuilding.StandardBlocking;
import org.scify.jedai.blockprocessing.IBlockProcessing;
import org.scify.jedai.blockprocessing.blockcleaning.BlockFiltering;
import org.scify.jedai.blockprocessing.blockcleaning.ComparisonsBasedBlockPurging;
import org.scify.jedai.blockprocessing.comparisoncleaning.CardinalityNodePruning;
import org.scify.jedai.blockprocessing.comparisoncleaning.WeightedEdgePruning;
import org.scify.jedai.blockprocessing.comparisoncleaning.WeightedNodePruning;
import org.scify.jedai.datamodel.AbstractBlock;
import org.scify.jedai.datamodel.Comparison;
import org.scify.jedai.datamodel.EntityProfile;
import org.scify.jedai.datamodel.EquivalenceCluster;
import org.scify.jedai.datamodel.SimilarityPairs;
import org.scify.jedai.datareader.entityreader.EntityCSVReader;
import org.scify.jedai.entityclustering.CenterClustering;
import org.scify.jedai.entityclustering.ConnectedComponentsClustering;
import org.scify.jedai.entityclustering.IEntityClustering;
import org.scify.jedai.entityclustering.UniqueMappingClustering;
import org.scify.jedai.entitymatching.ProfileMatcher;
import org.scify.jedai.utilities.enumerations.RepresentationModel;
import org.scify.jedai.utilities.enumerations.SimilarityMetric;
import org.scify.jedai.utilities.enumerations.WeightingScheme;

/**
 * Benchmark harness: runs the JedAI 3.1 entity-resolution toolkit (org.scify:jedai-core:3.1) on the
 * linkage benchmark files Kirok's own linker is measured on, and scores it the way Kirok scores itself.
 * It runs in its own JVM; JedAI is never a dependency of Kirok.
 *
 * <h2>Commands</h2>
 * <pre>
 *   cd bench/linkage/jedai
 *   mvn -B -q dependency:copy-dependencies -DoutputDirectory=jedai-lib      # fetch JedAI 3.1 + deps
 *   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java                        # JDK 17+ (records, switch expressions)
 *   # one timed run = one JVM, a single threshold:
 *   $JAVA -cp 'jedai-lib/*' JedaiRun.java dblp-acm  model=TOKEN_UNIGRAMS_TF_IDF metric=COSINE_SIMILARITY clean=CNP thresholds=0.3
 *   # a threshold sweep (matching once, clustering per threshold; times are per threshold):
 *   $JAVA -cp 'jedai-lib/*' JedaiRun.java febrl3 cluster=CC thresholds=0.3,0.4,0.5,0.6,0.7,0.8
 *   ./sweep.sh      # the tuning sweep behind the reported configurations   -> results/sweep.tsv
 *   ./run_timed.sh  # the reported runs: 3 JVMs per configuration             -> results/timed.tsv
 *   # both take the jar folder as optional first argument (default jedai-lib)
 * </pre>
 * Datasets ({@code data=DIR}, default $KIROK_SHARED_DATA/linkage, else the project's ../shared/data/linkage): {@code dblp-acm}, {@code febrl4},
 * {@code abt-buy} (clean-clean, two files) and {@code febrl3} (dirty, one file).
 *
 * <h2>Workflow and why</h2>
 * The standard five-step schema-agnostic JedAI pipeline (as in its papers and its workflow builder):
 * <ol>
 *   <li>Standard (token) Blocking over all attribute values (ids and truth columns excluded);</li>
 *   <li>Comparisons-based Block Purging (drops the oversized blocks of stop-word-like tokens); smoothing factor
 *       {@code purge=}, default JedAI's own (1.0 clean-clean, 1.025 dirty), {@code purge=off} skips it;</li>
 *   <li>Block Filtering (ratio {@code filter=}, default 0.8: each record keeps its smallest 80% of blocks);</li>
 *   <li>Comparison cleaning (meta-blocking) {@code clean=}: CNP (Cardinality Node Pruning, default), WNP, WEP or
 *       none, with weighting scheme {@code scheme=} (default JS for CNP/WNP, CBS for WEP, JedAI's own defaults);</li>
 *   <li>Profile Matcher: each record becomes one text model ({@code model=}, a {@link RepresentationModel}) over all
 *       its values, compared with {@code metric=} (a {@link SimilarityMetric});</li>
 *   <li>Entity clustering with similarity threshold: Unique Mapping Clustering (1-1, {@code cluster=UMC}) for
 *       clean-clean ER, Connected Components ({@code CC}) or Center Clustering ({@code CENTER}) for dirty ER.</li>
 * </ol>
 * This is the family of workflows behind JedAI's published "schema-agnostic" figures, so the comparison is like
 * for like. JedAI's CSV reader is used where it can read the file (wide CSV); Abt-Buy is in long format
 * (entity_index,entity_url,attribute,value), which no JedAI reader understands, so this harness builds those
 * EntityProfiles itself (one profile per entity_index, attributes name/description/price). JedAI's CSV reader
 * decodes with the platform charset (UTF-8 on JDK 18+); DBLP2.csv is Latin-1, so its ~340 accented lines reach
 * JedAI with U+FFFD in place of the accented letter (ACM.csv is plain ASCII). This is left as JedAI reads it.
 *
 * <h2>Scoring (same definition as Kirok)</h2>
 * Pairwise: every two records put into one entity are a predicted pair; with two files only pairs across the
 * files count. Precision = |predicted and true| / |predicted|, recall = |predicted and true| / |true|, F1 their
 * harmonic mean. True pairs come from the ground truth only (never from JedAI's evaluation classes).
 * Seconds = wall clock from before reading the entity files to the end of clustering (reading + resolution;
 * excludes JVM start, reading the ground truth and scoring); records/s = records in all input files / seconds.
 * Thresholds and models were chosen by looking at F1 against the ground truth, i.e. they are tuned, as JedAI's
 * published "best" figures also are.
 */
public class JedaiRun {

    /** The loaded input: one or two profile lists plus the ground-truth pairs as long keys. */
    record Input(List<EntityProfile> d1, List<EntityProfile> d2, Set<Long> truth) {
        int records() { return d1.size() + (d2 == null ? 0 : d2.size()); }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: JedaiRun <dblp-acm|febrl4|febrl3|abt-buy> [key=value ...]");
            System.exit(2);
        }
        Log.set(Log.LEVEL_ERROR);
        String dataset = args[0];
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("expected key=value, got " + args[i]);
            opt.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        String shared = System.getenv("KIROK_SHARED_DATA");
        String dir = opt.getOrDefault("data", shared != null ? shared + "/linkage" : "../../../../shared/data/linkage");
        RepresentationModel model = RepresentationModel.valueOf(opt.getOrDefault("model", "TOKEN_UNIGRAMS_TF_IDF"));
        SimilarityMetric metric = SimilarityMetric.valueOf(opt.getOrDefault("metric", "COSINE_SIMILARITY"));
        String clean = opt.getOrDefault("clean", "CNP").toUpperCase(Locale.ROOT);
        String scheme = opt.getOrDefault("scheme", clean.equals("WEP") ? "CBS" : "JS");
        float filterRatio = Float.parseFloat(opt.getOrDefault("filter", "0.8"));
        boolean isClean = !dataset.equals("febrl3");
        // JedAI's own default smoothing factor: 1.0 for clean-clean ER, 1.025 for dirty ER; "off" skips purging
        String purge = opt.getOrDefault("purge", isClean ? "1.0" : "1.025");
        String cluster = opt.getOrDefault("cluster", isClean ? "UMC" : "CC").toUpperCase(Locale.ROOT);
        List<Float> thresholds = new ArrayList<>();
        for (String t : opt.getOrDefault("thresholds", "0.5").split(",")) thresholds.add(Float.parseFloat(t));

        // ---- timed: reading + blocking + matching ----
        long t0 = System.nanoTime();
        List<EntityProfile> d1;
        List<EntityProfile> d2 = null;
        switch (dataset) {
            case "dblp-acm" -> {
                d1 = readWideCsv(dir + "/jedai/DBLP-ACM/DBLP2.csv", ',');
                d2 = readWideCsv(dir + "/jedai/DBLP-ACM/ACM.csv", ',');
            }
            case "febrl4" -> {
                d1 = readWideCsv(dir + "/febrl/dataset4a.csv", ',');
                d2 = readWideCsv(dir + "/febrl/dataset4b.csv", ',');
            }
            case "febrl3" -> d1 = readWideCsv(dir + "/febrl/dataset3.csv", ',');
            case "abt-buy" -> {
                d1 = readLongCsv(dir + "/jedai/abtProfiles.csv");
                d2 = readLongCsv(dir + "/jedai/buyProfiles.csv");
            }
            default -> throw new IllegalArgumentException("unknown dataset " + dataset);
        }
        long tRead = System.nanoTime();

        List<AbstractBlock> blocks = isClean ? new StandardBlocking().getBlocks(d1, d2)
                                             : new StandardBlocking().getBlocks(d1);
        int built = blocks.size();
        if (!purge.equals("off")) blocks = new ComparisonsBasedBlockPurging(Float.parseFloat(purge)).refineBlocks(blocks);
        blocks = new BlockFiltering(filterRatio).refineBlocks(blocks);
        IBlockProcessing cc = switch (clean) {
            case "CNP" -> new CardinalityNodePruning(WeightingScheme.valueOf(scheme));
            case "WNP" -> new WeightedNodePruning(WeightingScheme.valueOf(scheme));
            case "WEP" -> new WeightedEdgePruning(WeightingScheme.valueOf(scheme));
            case "NONE" -> null;
            default -> throw new IllegalArgumentException("clean must be CNP, WNP, WEP or NONE");
        };
        if (cc != null) blocks = cc.refineBlocks(blocks);
        long tBlock = System.nanoTime();

        ProfileMatcher matcher = isClean ? new ProfileMatcher(d1, d2, model, metric)
                                         : new ProfileMatcher(d1, model, metric);
        SimilarityPairs sims = matcher.executeComparisons(blocks);
        long tMatch = System.nanoTime();

        // ---- untimed: ground truth and candidate recall (pair completeness of the final blocks) ----
        Input in = new Input(d1, d2, readTruth(dataset, dir, d1, d2));
        Set<Long> candidates = new HashSet<>();
        for (AbstractBlock b : blocks) {
            for (Iterator<Comparison> it = b.getComparisonIterator(); it.hasNext(); ) {
                Comparison c = it.next();
                candidates.add(pairKey(c.getEntityId1(), c.getEntityId2(), isClean));
            }
        }
        long candTrue = candidates.stream().filter(in.truth()::contains).count();
        String config = String.format(Locale.ROOT,
                "StandardBlocking>CBBlockPurging(%s)>BlockFiltering(%.2f)>%s%s>ProfileMatcher(%s,%s)>%s",
                purge, filterRatio, clean, clean.equals("NONE") ? "" : "(" + scheme + ")", model, metric, cluster);
        System.out.printf(Locale.ROOT, "# dataset=%s records=%d (d1=%d d2=%d) truePairs=%d%n", dataset, in.records(),
                d1.size(), d2 == null ? 0 : d2.size(), in.truth().size());
        System.out.printf(Locale.ROOT, "# config=%s%n", config);
        System.out.printf(Locale.ROOT, "# blocks built=%d kept=%d; pairs with similarity>0=%d; candidate recall=%.4f%n",
                built, blocks.size(), sims.getNoOfComparisons(), candTrue / (double) in.truth().size());
        System.out.printf(Locale.ROOT, "# stage seconds: read=%.3f block=%.3f match=%.3f%n",
                sec(tRead - t0), sec(tBlock - tRead), sec(tMatch - tBlock));
        System.out.println("dataset\tthreshold\tprecision\trecall\tf1\tpredicted\tcorrect\tseconds\trecords_per_s\tconfig");

        for (float th : thresholds) {
            long tc = System.nanoTime();
            IEntityClustering clusterer = switch (cluster) {
                case "UMC" -> new UniqueMappingClustering(th);
                case "CC" -> new ConnectedComponentsClustering(th);
                case "CENTER" -> new CenterClustering(th);
                default -> throw new IllegalArgumentException("cluster must be UMC, CC or CENTER");
            };
            EquivalenceCluster[] clusters = clusterer.getDuplicates(sims);
            long tEnd = System.nanoTime();
            // reading + resolution for this threshold (clustering time of other thresholds excluded)
            double seconds = sec(tMatch - t0) + sec(tEnd - tc);
            Set<Long> predicted = predictedPairs(clusters, isClean);
            long correct = predicted.stream().filter(in.truth()::contains).count();
            double p = predicted.isEmpty() ? 0 : correct / (double) predicted.size();
            double r = correct / (double) in.truth().size();
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            System.out.printf(Locale.ROOT, "%s\t%.2f\t%.4f\t%.4f\t%.4f\t%d\t%d\t%.3f\t%.0f\t%s%n", dataset, th, p, r, f,
                    predicted.size(), correct, seconds, in.records() / seconds, config);
        }
    }

    static double sec(long nanos) { return nanos / 1e9; }

    /** Reads a wide CSV with JedAI's own reader: column 0 is the id and is excluded from the attributes. */
    static List<EntityProfile> readWideCsv(String path, char sep) {
        EntityCSVReader reader = new EntityCSVReader(path);
        reader.setAttributeNamesInFirstRow(true);
        reader.setSeparator(sep);
        reader.setIdIndex(0);
        reader.setAttributesToExclude(new int[]{0});
        List<EntityProfile> profiles = reader.getEntityProfiles();
        if (profiles.isEmpty()) throw new IllegalStateException("JedAI read no profiles from " + path);
        return profiles;
    }

    /**
     * Reads a long-format CSV (entity_index,entity_url,attribute,value) into one profile per entity_index, in
     * order of first appearance. entity_index becomes the profile URL; entity_url is not an attribute.
     */
    static List<EntityProfile> readLongCsv(String path) throws Exception {
        Map<String, EntityProfile> byId = new LinkedHashMap<>();
        try (Reader r = new InputStreamReader(new FileInputStream(path), StandardCharsets.UTF_8);
             CSVReader csv = new CSVReader(r)) {
            String[] row = csv.readNext(); // header
            while ((row = csv.readNext()) != null) {
                if (row.length < 4) continue;
                EntityProfile p = byId.computeIfAbsent(row[0].trim(), EntityProfile::new);
                if (!row[3].trim().isEmpty()) p.addAttribute(row[2].trim(), row[3]);
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** Ground-truth pairs as keys over JedAI's entity indexes (position in d1 / d2). */
    static Set<Long> readTruth(String dataset, String dir, List<EntityProfile> d1, List<EntityProfile> d2)
            throws Exception {
        Map<String, Integer> idx1 = index(d1);
        Map<String, Integer> idx2 = d2 == null ? null : index(d2);
        Set<Long> truth = new HashSet<>();
        switch (dataset) {
            case "dblp-acm", "abt-buy" -> {
                String file = dataset.equals("dblp-acm") ? dir + "/jedai/DBLP-ACM/DBLP-ACM_perfectMapping.csv"
                                                         : dir + "/jedai/abtBuyIdDuplicates.csv";
                int missing = 0;
                try (Reader r = new InputStreamReader(new FileInputStream(file), StandardCharsets.UTF_8);
                     CSVReader csv = new CSVReader(r)) {
                    String[] row = csv.readNext(); // header
                    while ((row = csv.readNext()) != null) {
                        if (row.length < 2) continue;
                        Integer a = idx1.get(row[0].trim());
                        Integer b = idx2.get(row[1].trim());
                        if (a == null || b == null) missing++;
                        else truth.add(pairKey(a, b, true));
                    }
                }
                if (missing > 0) System.out.println("# WARNING: " + missing + " truth rows name unknown ids");
            }
            case "febrl4" -> {
                Map<String, List<Integer>> g2 = groupBy(d2, JedaiRun::febrlEntity);
                for (int i = 0; i < d1.size(); i++) {
                    for (int j : g2.getOrDefault(febrlEntity(d1.get(i).getEntityUrl()), List.of())) {
                        truth.add(pairKey(i, j, true));
                    }
                }
            }
            case "febrl3" -> {
                for (List<Integer> g : groupBy(d1, JedaiRun::febrlEntity).values()) {
                    for (int x = 0; x < g.size(); x++) {
                        for (int y = x + 1; y < g.size(); y++) truth.add(pairKey(g.get(x), g.get(y), false));
                    }
                }
            }
            default -> throw new IllegalArgumentException(dataset);
        }
        return truth;
    }

    /** febrl ids look like rec-123-org or rec-123-dup-0; the entity is the rec-123 part. */
    static String febrlEntity(String id) {
        String s = id.trim();
        int cut = s.indexOf("-org");
        if (cut < 0) cut = s.indexOf("-dup");
        if (cut < 0) throw new IllegalArgumentException("unexpected febrl id " + id);
        return s.substring(0, cut);
    }

    static Map<String, Integer> index(List<EntityProfile> ps) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < ps.size(); i++) {
            if (m.put(ps.get(i).getEntityUrl().trim(), i) != null) {
                System.out.println("# WARNING: duplicate id " + ps.get(i).getEntityUrl());
            }
        }
        return m;
    }

    static Map<String, List<Integer>> groupBy(List<EntityProfile> ps, Function<String, String> key) {
        Map<String, List<Integer>> m = new HashMap<>();
        for (int i = 0; i < ps.size(); i++) {
            m.computeIfAbsent(key.apply(ps.get(i).getEntityUrl()), k -> new ArrayList<>()).add(i);
        }
        return m;
    }

    /** Pair key: clean-clean keeps (d1 index, d2 index); dirty ER orders the two indexes. */
    static long pairKey(int a, int b, boolean clean) {
        if (!clean && a > b) { int t = a; a = b; b = t; }
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    /** All pairs inside each cluster; with two files only cross-file pairs. */
    static Set<Long> predictedPairs(EquivalenceCluster[] clusters, boolean clean) {
        Set<Long> out = new HashSet<>();
        for (EquivalenceCluster c : clusters) {
            TIntList a = c.getEntityIdsD1();
            if (clean) {
                TIntList b = c.getEntityIdsD2();
                for (int i = 0; i < a.size(); i++) {
                    for (int j = 0; j < b.size(); j++) out.add(pairKey(a.get(i), b.get(j), true));
                }
            } else {
                for (int i = 0; i < a.size(); i++) {
                    for (int j = i + 1; j < a.size(); j++) out.add(pairKey(a.get(i), a.get(j), false));
                }
            }
        }
        return out;
    }
}
