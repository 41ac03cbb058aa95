package org.kirok.search.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.kirok.search.index.Blinder;
import org.kirok.search.index.IndexHit;
import org.kirok.search.index.IndexResult;
import org.kirok.search.index.IndexStorage;
import org.kirok.search.index.Schema;
import org.kirok.search.index.SearchIndex;
import org.kirok.search.index.cipher.IndexKey;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kirok bench search}: generates fictional documents, indexes them with the production mapping and analysis
 * in the chosen storage, and replays a query mix through the production query path (access filter, facets, 20
 * hits, snippets cut from regenerated transcripts). Reports indexing throughput, latency percentiles overall and per
 * kind of query, the largest heap in use, the index size and what a restart costs. Run each storage option in its
 * own JVM ({@code KIROK_JAVA_OPTS=-Xmx2g} proves the heap target).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Benchmark the search index: indexing throughput, query latency, heap (docs/benchmarks.md).")
public final class SearchBenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--docs", defaultValue = "100000", description = "Documents to generate (default: ${DEFAULT-VALUE}).")
    long docs;

    @Option(names = "--queries", defaultValue = "2000", description = "Queries to time (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--warmup", defaultValue = "300", description = "Queries run first, not timed (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--storage", defaultValue = "encrypted",
            description = "encrypted, memory (protected documents in RAM) or plain (baseline) (default: ${DEFAULT-VALUE}).")
    String storage;

    @Option(names = "--threads", description = "Indexing threads (default: the number of cores).")
    Optional<Integer> threads;

    @Option(names = "--seed", defaultValue = "2024", description = "Seed of the fictional corpus and queries (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--directory", description = "Where to build the index (default: a temporary directory, removed after).")
    Optional<Path> directory;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (docs < 100 || queries < 1 || warmup < 0) {
            spec.commandLine().getErr().println("kirok bench search: --docs must be at least 100 and --queries at least 1");
            return 2;
        }
        if (!List.of("encrypted", "memory", "plain").contains(storage.strip().toLowerCase(Locale.ROOT))) {
            spec.commandLine().getErr().println("kirok bench search: --storage must be encrypted, memory or plain (got '"
                    + storage + "')");
            return 2;
        }
        Path root = directory.isPresent() ? Files.createDirectories(directory.get()) : Files.createTempDirectory("kirok-bench-search");
        int workers = threads.orElse(Runtime.getRuntime().availableProcessors());
        IndexStorage chosen = storage(storage, root, IndexKey.random());
        BenchWorld world = new BenchWorld(seed, SharedData.root());
        Blinder blinder = hmacBlinder();
        BenchCorpus corpus = new BenchCorpus(seed, world, blinder, docs);
        out.println(Machine.describe());
        out.printf(Locale.ROOT, "corpus: %,d fictional documents (seed %d; places: %s), storage %s, %d indexing threads%n",
                docs, seed, world.realCounties ? "the 186 DPRK counties of shared/data/geo" : "synthetic counties",
                chosen.label(), workers);
        out.flush();
        Schema schema = new Schema(BenchWorld.DIMENSIONS);
        try (HeapWatch heap = new HeapWatch()) {
            SearchIndex index = SearchIndex.open(chosen, schema, blinder);
            long cpuBefore = Machine.processCpuNanos();
            long indexNanos = index(index, corpus, workers);
            long commitStart = System.nanoTime();
            index.commit(1);
            index.refresh();
            long commitNanos = System.nanoTime() - commitStart;
            long cpu = Machine.processCpuNanos() - cpuBefore;
            out.printf(Locale.ROOT, "indexing: %,d documents in %.1f s = %,.0f documents/s (+ commit and refresh %.1f s); "
                    + "CPU time %.1f s = %,.0f documents per CPU-second; load average now %s%n",
                    docs, indexNanos / 1e9, docs / (indexNanos / 1e9), commitNanos / 1e9, cpu / 1e9,
                    docs / (cpu / 1e9), Machine.loadAverage());
            out.printf(Locale.ROOT, "index size: %,.0f MB%n", index.sizeInBytes() / 1e6);
            out.flush();
            BenchQueries mix = new BenchQueries(seed, world, corpus);
            for (int i = 0; i < warmup; i++) {
                run(index, corpus, mix.query(1_000_000L + i).query());
            }
            Map<String, List<Long>> byKind = new LinkedHashMap<>();
            long[] all = new long[queries];
            long[] cpuTimes = new long[queries];
            long hits = 0;
            for (int i = 0; i < queries; i++) {
                BenchQueries.Planned planned = mix.query(i);
                long cpuStart = Machine.threadCpuNanos();
                long started = System.nanoTime();
                hits += run(index, corpus, planned.query());
                all[i] = System.nanoTime() - started;
                cpuTimes[i] = Machine.threadCpuNanos() - cpuStart;
                byKind.computeIfAbsent(planned.kind(), k -> new ArrayList<>()).add(all[i]);
            }
            out.printf(Locale.ROOT, "queries, one at a time (wall-clock latency; load average now %s):%n",
                    Machine.loadAverage());
            report(out, "all queries", new Percentiles(all));
            report(out, "all queries, CPU time", new Percentiles(cpuTimes));
            byKind.forEach((kind, nanos) -> report(out, kind, new Percentiles(nanos.stream().mapToLong(Long::longValue).toArray())));
            out.printf(Locale.ROOT, "hits per query (mean total): %,.0f%n", hits / (double) queries);
            index.close();
            long restart = restart(chosen, schema, blinder, corpus, mix);
            out.printf(Locale.ROOT, "restart (open the index%s, answer a first query): %.1f s%n",
                    chosen instanceof IndexStorage.ProtectedInMemory ? ", reload and decrypt every testimony" : "",
                    restart / 1e9);
            out.printf(Locale.ROOT, "heap: largest in use %,.0f MB of at most %,.0f MB%n", heap.peakBytes() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1e6);
        } finally {
            if (directory.isEmpty()) {
                delete(root);
            }
        }
        return 0;
    }

    private static IndexStorage storage(String name, Path root, IndexKey key) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "encrypted" -> new IndexStorage.Encrypted(root, key);
            case "memory" -> new IndexStorage.ProtectedInMemory(root);
            default -> new IndexStorage.Plain(root);
        };
    }

    private long index(SearchIndex index, BenchCorpus corpus, int workers) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(docs)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            for (int t = 0; t < workers; t++) {
                Thread thread = new Thread(() -> {
                    try {
                        for (long n = next.getAndAdd(256); n < docs; n = next.getAndAdd(256)) {
                            long end = Math.min(docs, n + 256);
                            for (long number = n; number < end; number++) {
                                index.update(corpus.document(number), BenchCorpus.isTestimony(number));
                            }
                            bar.stepBy(end - n);
                        }
                    } catch (RuntimeException | Error e) {
                        failures.add(e);
                    }
                }, "bench-indexer-" + t);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("indexing failed: " + failures.get(0).getMessage(), failures.get(0));
        }
        return System.nanoTime() - started;
    }

    /** One query as the service runs it: the search, then a snippet for every testimony hit. */
    private static long run(SearchIndex index, BenchCorpus corpus, org.kirok.search.index.IndexQuery query) {
        IndexResult result = index.search(query);
        for (IndexHit hit : result.hits()) {
            if (hit.type().equals("testimony")) {
                index.snippet(result, corpus.transcript(BenchCorpus.number(hit.id())), true);
            }
        }
        return result.total();
    }

    /** Reopens the index and answers a first query; in memory mode every testimony is decrypted and indexed again. */
    private long restart(IndexStorage chosen, Schema schema, Blinder blinder, BenchCorpus corpus, BenchQueries mix)
            throws GeneralSecurityException {
        long started = System.nanoTime();
        try (SearchIndex index = SearchIndex.open(chosen, schema, blinder)) {
            if (index.protectedTextIsVolatile()) {
                Sealed sealed = new Sealed();
                for (long number = 60; number < docs; number += number % 100 == 69 ? 91 : 1) {
                    sealed.roundTrip(corpus.transcript(number));
                    index.update(corpus.document(number), true);
                }
                index.refresh();
            }
            index.search(mix.query(0).query());
        }
        return System.nanoTime() - started;
    }

    private static void report(PrintWriter out, String kind, Percentiles latencies) {
        out.printf(Locale.ROOT, "  %-24s n=%,6d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %7.1f ms  mean %6.1f ms%n",
                kind, latencies.count(), latencies.millis(50), latencies.millis(95), latencies.millis(99),
                latencies.millis(100), latencies.meanMillis());
        out.flush();
    }

    /** HMAC-SHA256 under a random key, 16 bytes, as the vault's blind index computes it. */
    private static Blinder hmacBlinder() throws GeneralSecurityException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
        return text -> java.util.Arrays.copyOf(macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8)), 16);
    }

    /** AES-256-GCM, as the vault seals a transcript: what reloading the in-memory index has to undo per testimony. */
    private static final class Sealed {
        private final SecretKeySpec key;
        private final Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        private final SecureRandom random = new SecureRandom();

        Sealed() throws GeneralSecurityException {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            key = new SecretKeySpec(bytes, "AES");
        }

        /** Encrypts (to have a ciphertext, counted too) and decrypts one transcript. */
        void roundTrip(String text) throws GeneralSecurityException {
            byte[] nonce = new byte[12];
            random.nextBytes(nonce);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.doFinal(sealed);
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
