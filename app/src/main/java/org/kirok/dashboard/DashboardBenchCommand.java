package org.kirok.dashboard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.kirok.app.Kirok;
import org.kirok.app.Settings;
import org.kirok.map.Extent;
import org.kirok.security.Role;
import org.kirok.security.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kirok bench dashboard}: fills a throw-away database with synthetic acts (a million by default), loads the
 * dashboard's index, then times dashboard questions with random facets for a coordinator and for a partner whose
 * figures pass the disclosure gate — the query alone, and the query with every chart and the map drawn — and the
 * refresh after a thousand acts changed. Prints the machine and the percentiles.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = "Dashboard query latency on synthetic acts (default 1,000,000) in a throw-away database.")
public final class DashboardBenchCommand implements Callable<Integer> {
    @Option(names = "--acts", defaultValue = "1000000", description = "acts to generate (default ${DEFAULT-VALUE})")
    int acts;

    @Option(names = "--queries", defaultValue = "400", description = "timed questions per caller (default ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--seed", defaultValue = "20261123", description = "seed of the random facets")
    long seed;

    @Override
    public Integer call() throws Exception {
        System.out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
        Path data = Files.createTempDirectory("kirok-bench-dashboard");
        try (Kirok kirok = Kirok.open(Settings.fromEnvironment(data, true, false))) {
            long started = System.nanoTime();
            new SyntheticActs(kirok.jdbi()).create(acts, Math.max(1, acts / 4), n -> System.out.printf(Locale.ROOT,
                    "  generated %,d acts (%.0f s)%n", n, (System.nanoTime() - started) / 1e9));
            Dashboards dashboards = kirok.features().dashboards();
            long loading = System.nanoTime();
            dashboards.index().reload();
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            System.out.printf(Locale.ROOT, "index: %,d acts loaded in %.1f s, heap in use %d MiB%n", dashboards.index().size(),
                    (System.nanoTime() - loading) / 1e9, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
            User coordinator = user(Role.COORDINATOR, Optional.empty());
            User partner = partner(kirok);
            Random random = new Random(seed);
            List<Facets> questions = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                questions.add(BenchFacets.random(random, dashboards));
            }
            for (int i = 0; i < 30; i++) {
                dashboards.forUser(coordinator, questions.get(i % questions.size()), "ko", false);
            }
            report("coordinator, query", time(questions, f -> dashboards.forUser(coordinator, f, "ko", false)));
            report("coordinator, query + charts + map", time(questions, f -> draw(kirok, dashboards.forUser(coordinator, f, "ko", false))));
            report("partner (gated), query", time(questions, f -> dashboards.forUser(partner, f, "ko", false)));
            report("publication (gated), query", time(questions, f -> dashboards.forPublication(f, "ko")));
            long changing = System.nanoTime();
            kirok.jdbi().useHandle(h -> h.execute("""
                    UPDATE act SET confidentiality = 'internal' WHERE id IN (SELECT id FROM act ORDER BY case_code LIMIT 1000)"""));
            dashboards.index().refresh();
            System.out.printf(Locale.ROOT, "refresh after 1,000 changed acts: %.0f ms (update and refresh)%n",
                    (System.nanoTime() - changing) / 1e6);
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private static void draw(Kirok kirok, DashboardResult result) {
        for (Dimension dimension : Dimension.values()) {
            FigureCharts.barsSvg(result.figures(dimension), f -> Optional.of("/dashboard"), "<11", dimension.code());
        }
        FigureCharts.yearsSvg(result.figures(Dimension.YEAR), Optional.empty(), "", f -> Optional.empty(), "<11", "years");
        ResultMap.svg(result, kirok.features().boundaries().all(), Extent.KOREA_AND_BORDER, "ko", "<11",
                ResultMap.Links.none(), "map");
    }

    private static long[] time(List<Facets> questions, java.util.function.Consumer<Facets> question) {
        long[] nanos = new long[questions.size()];
        for (int i = 0; i < questions.size(); i++) {
            long start = System.nanoTime();
            question.accept(questions.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-36s n=%d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", what,
                sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static User user(Role role, Optional<UUID> organisation) {
        return new User(UUID.randomUUID(), "bench-" + role.code(), "bench", role, organisation, "ko", false, false, false, 1);
    }

    /** A partner organisation with an agreement that shares acts from 2010 on. */
    private static User partner(Kirok kirok) {
        UUID organisation = UUID.randomUUID();
        kirok.jdbi().useHandle(h -> {
            h.execute("INSERT INTO organisation (id, kind, name_en) VALUES (?, 'ngo', 'Bench partner')", organisation);
            h.execute("INSERT INTO sharing_agreement (id, partner_org_id, kinds, records_from) VALUES (?, ?, ARRAY['acts'], '2010-01-01')",
                    UUID.randomUUID(), organisation);
        });
        return user(Role.PARTNER, Optional.of(organisation));
    }
}
