package org.kirok.analysis.linkage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.kirok.app.Kirok;
import org.kirok.app.Settings;
import org.kirok.audit.Actor;
import org.kirok.demo.DemoLoader;
import org.kirok.engine.linkage.KoreanMentions;
import org.kirok.person.BirthPrecision;
import org.kirok.person.PersonDraft;
import org.kirok.person.PersonName;
import org.kirok.person.Sex;
import org.kirok.security.Role;
import org.kirok.security.User;
import org.kirok.security.UserStore;
import org.kirok.store.Confidentiality;
import org.kirok.store.DurabilityCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kirok bench linkage-app}: linkage as the app runs it — persons in a real, embedded PostgreSQL, names
 * decrypted page by page through the vault, the engine, and the results saved — on the fictional demo or on N
 * generated Korean mentions (whose truth gives the pairwise F1 of the entities). Prints the time of every stage,
 * persons per second and the peak heap. A throw-away database under a temporary folder, removed afterwards.
 */
@Command(name = "linkage-app", mixinStandardHelpOptions = true,
        description = "Time in-app linkage (database, vault, engine, saving) on the demo or on N generated persons.")
public final class LinkageAppBenchCommand implements Callable<Integer> {
    @Option(names = "--persons", paramLabel = "N", defaultValue = "10000",
            description = "generated person records (default ${DEFAULT-VALUE}); ignored with --demo")
    int persons;

    @Option(names = "--demo", description = "link the fictional demo dataset (about 1,350 persons) instead")
    boolean demo;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "2024", description = "seed of the generated mentions")
    long seed;

    @Option(names = "--geo", paramLabel = "DIR", description = "folder of the gazetteer CSV files to import as places, so"
            + " that hometowns are compared (default: geo/ of the shared data when present; none: --geo=none)")
    String geo;

    @Override
    public Integer call() throws IOException {
        if (!demo && (persons < 10 || persons > 2_000_000)) {
            System.err.println("kirok bench linkage-app: --persons must lie between 10 and 2,000,000, not " + persons);
            return 2;
        }
        Path data = Files.createTempDirectory("kirok-bench-linkage-app");
        System.err.println(machine());
        try (Kirok kirok = Kirok.open(new Settings(data, Optional.empty(), data.resolve("keys").resolve("vault-keys.json"),
                DurabilityCheck.Policy.WARN_ONLY, demo))) {
            User user = analyst(kirok);
            long loadStart = System.nanoTime();
            Map<UUID, String> truth = demo ? Map.of() : load(kirok, hometowns(kirok));
            if (demo) {
                new DemoLoader(kirok.features()).loadOnce();
            }
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            LinkageService linkage = kirok.features().analysis().linkage();
            AtomicLong peak = new AtomicLong();
            Thread sampler = heapSampler(peak);
            long start = System.nanoTime();
            UUID id = linkage.start(user, RunSettings.DEFAULTS);
            LinkageRun run = linkage.run(user, id);
            while (run.running()) {
                sleep();
                run = linkage.run(user, id);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            if (!run.done()) {
                System.err.println("kirok bench linkage-app: the run " + run.status() + ": " + run.error().orElse(""));
                return 1;
            }
            LinkageRun.Counts counts = run.counts().orElseThrow();
            System.out.printf(Locale.ROOT, "data: %s, %,d persons loaded in %.1f s%n", demo ? "fictional demo" : "generated Korean"
                    + " mentions (seed " + seed + ")", counts.persons(), loadSeconds);
            System.out.printf(Locale.ROOT, "linkage in the app: %.2f s end to end = %,.0f persons/s; peak heap %,d MB%n", seconds,
                    counts.persons() / seconds, peak.get() / (1024 * 1024));
            System.out.printf(Locale.ROOT, "found: %,d candidate pairs, %,d saved with explanations, %,d entities, %,d links inferred%n",
                    counts.candidatePairs(), counts.storedPairs(), counts.clusters(), counts.inferred());
            System.out.println("stages (ms): " + new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.settingsJson())
                    .path("milliseconds_by_stage"));
            if (!truth.isEmpty()) {
                Entities entities = kirok.jdbi().withHandle(linkage::entities);
                System.out.println(quality(truth, entities));
            }
            return 0;
        } finally {
            delete(data);
        }
    }

    private static User analyst(Kirok kirok) {
        UUID id = UUID.randomUUID();
        var core = kirok.core();
        kirok.jdbi().useTransaction(handle -> core.users().insert(handle, new UserStore.NewUser(id, "bench-analyst",
                "Benchmark", Role.ANALYST, Optional.empty(), "en", core.accounts().hasher().hash(UUID.randomUUID().toString()),
                false)));
        return kirok.jdbi().withHandle(handle -> core.users().byId(handle, id)).orElseThrow();
    }

    /**
     * Imports the DPRK gazetteer and county files as places, and returns every place by the keys of its names, so
     * that a mention's hometown ("회령시", "Hoeryong") becomes the origin place of its record.
     */
    private Map<String, UUID> hometowns(Kirok kirok) throws IOException {
        Optional<Path> folder = "none".equals(geo) ? Optional.empty() : geo != null ? Optional.of(Path.of(geo))
                : sharedGeo();
        if (folder.isEmpty()) {
            System.err.println("no gazetteer: hometowns are left out (pass --geo=DIR)");
            return Map.of();
        }
        var importer = new org.kirok.place.gazetteer.GazetteerImport(kirok.jdbi(), kirok.features().places());
        for (String file : List.of("dprk_gazetteer.csv", "dprk_counties_adm2_centroids.csv")) {
            Path path = folder.get().resolve(file);
            if (Files.exists(path)) {
                importer.run(importer.prepare(path, org.kirok.place.gazetteer.GazetteerFormat.AUTO), Actor.cli("bench"),
                        new org.kirok.place.gazetteer.GazetteerImport.Options(org.kirok.place.gazetteer.GazetteerFormat.AUTO,
                                true, false, () -> { }));
            }
        }
        Map<String, UUID> byKey = new HashMap<>();
        kirok.jdbi().useHandle(handle -> handle.createQuery("""
                SELECT id, name_en, name_ko, name_variants FROM place WHERE level <> 'province' ORDER BY level, name_en""")
                .map((rs, ctx) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    List<String> names = new ArrayList<>(List.of(rs.getString(2)));
                    Optional.ofNullable(rs.getString(3)).ifPresent(names::add);
                    Optional.ofNullable(rs.getArray(4)).ifPresent(array -> {
                        try {
                            names.addAll(List.of((String[]) array.getArray()));
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    names.forEach(name -> byKey.putIfAbsent(org.kirok.engine.name.PlaceKeys.canonical(name), id));
                    return id;
                }).list());
        byKey.remove("");
        System.err.printf(Locale.ROOT, "gazetteer: %,d place-name keys from %s%n", byKey.size(), folder.get());
        return byKey;
    }

    private static Optional<Path> sharedGeo() {
        String override = System.getenv("KIROK_SHARED_DATA");
        Path root = override != null && !override.isBlank() ? Path.of(override) : Path.of("../shared/data");
        return Files.isDirectory(root.resolve("geo")) ? Optional.of(root.resolve("geo")) : Optional.empty();
    }

    /** The generated mentions as person records, a thousand per transaction, as an import would write them. */
    private Map<UUID, String> load(Kirok kirok, Map<String, UUID> hometowns) {
        List<KoreanMentions.Mention> mentions = new ArrayList<>();
        KoreanMentions.generate(persons, seed, mentions::add);
        Map<UUID, String> truth = new HashMap<>();
        var service = kirok.features().persons();
        for (int from = 0; from < mentions.size(); from += 1_000) {
            List<KoreanMentions.Mention> batch = mentions.subList(from, Math.min(mentions.size(), from + 1_000));
            kirok.jdbi().useTransaction(handle -> {
                for (KoreanMentions.Mention mention : batch) {
                    Optional<Integer> year = mention.birthYear().isBlank() ? Optional.empty()
                            : Optional.of(Integer.parseInt(mention.birthYear()));
                    UUID id = service.create(handle, Actor.cli("bench"), new PersonDraft(List.of(PersonName.asGiven(mention.name())),
                            Sex.parse(mention.sex()), year, year.isPresent() ? BirthPrecision.ABOUT : BirthPrecision.UNKNOWN,
                            Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.ofNullable(hometowns.get(org.kirok.engine.name.PlaceKeys.canonical(mention.place()))),
                            Optional.empty(), Confidentiality.INTERNAL, Optional.empty()));
                    truth.put(id, mention.person());
                }
            });
            System.err.printf(Locale.ROOT, "\rloading persons: %,d / %,d", Math.min(mentions.size(), from + 1_000), mentions.size());
        }
        System.err.println();
        return truth;
    }

    /** Pairwise precision, recall and F1 of the entities against the truth, from the contingency of the two partitions. */
    static String quality(Map<UUID, String> truth, Entities entities) {
        Map<UUID, Long> found = new HashMap<>();
        Map<String, Long> real = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        truth.forEach((person, truePerson) -> {
            UUID entity = entities.entityOf(person);
            found.merge(entity, 1L, Long::sum);
            real.merge(truePerson, 1L, Long::sum);
            both.merge(entity + "|" + truePerson, 1L, Long::sum);
        });
        double linked = found.values().stream().mapToDouble(LinkageAppBenchCommand::pairs).sum();
        double same = real.values().stream().mapToDouble(LinkageAppBenchCommand::pairs).sum();
        double correct = both.values().stream().mapToDouble(LinkageAppBenchCommand::pairs).sum();
        double precision = linked == 0 ? 1 : correct / linked;
        double recall = same == 0 ? 1 : correct / same;
        return String.format(Locale.ROOT, "pairwise quality of the entities: precision %.4f, recall %.4f, F1 %.4f (%,.0f true pairs)",
                precision, recall, 2 * precision * recall / (precision + recall), same);
    }

    private static double pairs(long size) {
        return size * (size - 1) / 2.0;
    }

    private static Thread heapSampler(AtomicLong peak) {
        Thread thread = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-heap");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static String machine() {
        String cpu;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            cpu = "unknown";
        }
        return String.format(Locale.ROOT, "machine: %d cores, %s, JDK %s, max heap %,d MB", Runtime.getRuntime()
                .availableProcessors(), cpu, System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the run", e);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
