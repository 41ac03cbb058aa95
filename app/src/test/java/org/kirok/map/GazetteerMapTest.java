package org.kirok.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.kirok.audit.Actor;
import org.kirok.dashboard.DashboardResult;
import org.kirok.dashboard.Facets;
import org.kirok.dashboard.ResultMap;
import org.kirok.place.gazetteer.GazetteerFormat;
import org.kirok.place.gazetteer.GazetteerImport;
import org.kirok.security.Role;
import org.kirok.security.User;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.Test;

/**
 * The map on the real gazetteer (shared/data/geo, skipped when absent): acts recorded at county-level units are
 * drawn at the counties' centroids and grouped by province, and the named detention facilities appear as squares.
 */
class GazetteerMapTest {
    static final Path GEO = Path.of(Optional.ofNullable(System.getenv("KIROK_SHARED_DATA")).orElse("../../shared/data"))
            .resolve("geo");

    @Test
    void acts_at_gazetteer_counties_are_drawn_at_their_centroids_with_the_facilities() throws Exception {
        assumeTrue(Files.isDirectory(GEO), "shared gazetteer data not found at " + GEO.toAbsolutePath()
                + " (set KIROK_SHARED_DATA): skipping the gazetteer map test");
        try (TestSystem system = TestSystem.start()) {
            GazetteerImport importer = new GazetteerImport(system.kirok().jdbi(), system.kirok().features().places());
            for (String file : new String[] {"dprk_counties_adm2_centroids.csv", "dprk_detention_facilities.csv"}) {
                var prepared = importer.prepare(GEO.resolve(file), GazetteerFormat.AUTO);
                importer.run(prepared, Actor.cli("test"), new GazetteerImport.Options(prepared.format(), false, false, () -> { }));
            }
            var jdbi = system.kirok().jdbi();
            UUID person = UUID.randomUUID();
            jdbi.useHandle(h -> {
                h.execute("INSERT INTO person (id, sex, birth_year) VALUES (?, 'F', 1980)", person);
                h.execute("""
                        INSERT INTO act (id, case_code, act_type_id, victim_id, date_start, date_end, date_precision, place_id)
                        SELECT gen_random_uuid(), 'A-MAP-' || row_number() OVER (), (SELECT id FROM vocab_term
                               WHERE vocabulary = 'act_type' AND code = 'forced_labour'), ?, '2019-05-01', '2019-05-01', 'day', p.id
                        FROM place p, generate_series(1, 12) g WHERE p.level IN ('county', 'city') AND p.latitude IS NOT NULL
                        AND p.id IN (SELECT id FROM place WHERE level IN ('county', 'city') AND latitude IS NOT NULL ORDER BY name_en LIMIT 5)""",
                        person);
            });
            User coordinator = new User(UUID.randomUUID(), "c", "c", Role.COORDINATOR, Optional.empty(), "en", false, false, false, 1);
            DashboardResult result = system.kirok().features().dashboards().forUser(coordinator, Facets.none(), "en", false);
            assertThat(result.total()).hasValue(60);
            assertThat(result.places()).hasSize(5).allMatch(p -> p.count().getAsLong() == 12)
                    .allMatch(p -> Extent.KOREA_AND_BORDER.padded(0.2, 1).contains(p.lon(), p.lat()));
            assertThat(result.facilities()).hasSizeGreaterThanOrEqualTo(8);
            assertThat(result.figures(org.kirok.dashboard.Dimension.PROVINCE)).isNotEmpty();
            String svg = ResultMap.svg(result, system.kirok().features().boundaries().all(), Extent.KOREA_AND_BORDER, "en",
                    "<11", ResultMap.Links.none(), "map");
            assertThat(svg).contains("<circle", "fill=\"#8a1c1c\"");
        }
    }
}
