package org.kirok.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kirok.security.Role;
import org.kirok.security.User;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's in-memory index against the database itself, on the demo data: the same counts as SQL for every
 * role's visibility, faceting that keeps alternatives countable, gated figures without a count from 1 to 10, and the
 * change log followed for changed, deleted and re-attributed acts.
 */
class DashboardIndexTest {
    static TestSystem system;
    static Dashboards dashboards;

    @BeforeAll
    static void start() {
        system = TestSystem.startWithDemo();
        dashboards = system.kirok().features().dashboards();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    static User user(Role role, Optional<UUID> organisation) {
        return new User(UUID.randomUUID(), "t-" + role.code(), "t", role, organisation, "en", false, false, false, 1);
    }

    static long sql(String query, Object... arguments) {
        return system.kirok().jdbi().withHandle(h -> {
            var q = h.createQuery(query);
            for (int i = 0; i < arguments.length; i++) {
                q.bind(i, arguments[i]);
            }
            return q.mapTo(Long.class).one();
        });
    }

    private static Map<String, Long> shown(DashboardResult result, Dimension dimension) {
        return result.figures(dimension).stream().filter(f -> f.count().isPresent())
                .collect(Collectors.toMap(Figure::key, f -> f.count().getAsLong()));
    }

    @Test
    void a_coordinator_counts_what_sql_counts_per_act_type() {
        DashboardResult result = dashboards.forUser(user(Role.COORDINATOR, Optional.empty()), Facets.none(), "en", false);
        assertThat(result.total()).hasValue(sql("SELECT count(*) FROM act"));
        Map<String, Long> expected = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT t.code, count(*) FROM act a JOIN vocab_term t ON t.id = a.act_type_id GROUP BY t.code")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).list())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(shown(result, Dimension.ACT_TYPE)).isEqualTo(expected);
        assertThat(shown(result, Dimension.SEX).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(result.total().getAsLong());
    }

    @Test
    void an_advocacy_officer_never_counts_restricted_acts() {
        DashboardResult result = dashboards.forUser(user(Role.ADVOCACY_OFFICER, Optional.empty()), Facets.none(), "en", false);
        assertThat(result.total()).hasValue(sql("SELECT count(*) FROM act WHERE confidentiality <> 'restricted'"));
    }

    @Test
    void a_chosen_facet_filters_the_others_and_keeps_its_own_alternatives() {
        User coordinator = user(Role.COORDINATOR, Optional.empty());
        DashboardResult all = dashboards.forUser(coordinator, Facets.none(), "en", false);
        Facets torture = new Facets(Optional.of("torture"), Optional.of(2000), Optional.of(2010), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        DashboardResult filtered = dashboards.forUser(coordinator, torture, "en", false);
        assertThat(filtered.total()).hasValue(sql("""
                SELECT count(*) FROM act a JOIN vocab_term t ON t.id = a.act_type_id WHERE t.code = 'torture'
                AND a.date_precision <> 'unknown' AND (a.date_end IS NULL OR a.date_end >= '2000-01-01')
                AND (a.date_start IS NULL OR a.date_start <= '2010-12-31')"""));
        assertThat(shown(filtered, Dimension.ACT_TYPE).get("torture")).isEqualTo(filtered.total().getAsLong());
        assertThat(shown(filtered, Dimension.ACT_TYPE).get("arbitrary_detention"))
                .isLessThan(shown(all, Dimension.ACT_TYPE).get("arbitrary_detention")).isPositive();
    }

    @Test
    void a_province_includes_every_place_below_it() {
        UUID northHamgyong = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM place WHERE name_en = 'North Hamgyong' AND level = 'province'").mapTo(UUID.class).one());
        Facets province = Facets.none().withPlace(Optional.of(northHamgyong));
        DashboardResult result = dashboards.forUser(user(Role.COORDINATOR, Optional.empty()), province, "en", false);
        assertThat(result.total()).hasValue(sql("""
                SELECT count(*) FROM act WHERE place_id IN (WITH RECURSIVE below AS (SELECT id FROM place WHERE id = ?
                UNION ALL SELECT c.id FROM place c JOIN below b ON c.parent_id = b.id) SELECT id FROM below)""", northHamgyong));
        assertThat(result.figures(Dimension.COUNTY)).isNotEmpty();
        assertThat(result.places()).isNotEmpty().allMatch(p -> p.lat() > 40.5);
    }

    @Test
    void gated_figures_never_show_a_count_from_1_to_10_and_agree_on_the_total() {
        for (DashboardResult result : List.of(dashboards.forPublication(Facets.none(), "ko"),
                dashboards.forUser(user(Role.COORDINATOR, Optional.empty()), new Facets(Optional.of("torture"), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of(java.time.LocalDate.of(2019, 11, 7))), "en", true))) {
            assertThat(result.gated()).isTrue();
            for (Dimension dimension : Dimension.values()) {
                assertThat(result.figures(dimension)).allMatch(f -> f.count().isEmpty() || f.count().getAsLong() == 0
                        || f.count().getAsLong() > 10, dimension.code());
            }
            assertThat(result.places()).allMatch(p -> p.count().isEmpty() || p.count().getAsLong() > 10);
            result.trend().ifPresent(trend -> assertThat(trend.rows()).allMatch(row ->
                    (row.before().isEmpty() || row.before().getAsLong() == 0 || row.before().getAsLong() > 10)
                            && (row.since().isEmpty() || row.since().getAsLong() == 0 || row.since().getAsLong() > 10)));
        }
        assertThat(dashboards.forPublication(Facets.none(), "en").total())
                .hasValue(sql("SELECT count(*) FROM act WHERE confidentiality <> 'restricted'"));
    }

    @Test
    void a_partner_counts_only_what_an_agreement_shares_and_always_through_the_gate() {
        UUID partnerOrg = UUID.randomUUID();
        UUID grantor = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM organisation WHERE external_id = 'demo-org-NGO-HANBIT'").mapTo(UUID.class).one());
        User partner = user(Role.PARTNER, Optional.of(partnerOrg));
        system.kirok().jdbi().useHandle(h -> h.execute("INSERT INTO organisation (id, kind, name_en) VALUES (?, 'ngo', 'Partner')", partnerOrg));
        long publicActs = sql("SELECT count(*) FROM act WHERE confidentiality = 'public'");
        assertThat(dashboards.forUser(partner, Facets.none(), "en", false).total())
                .isEqualTo(publicActs == 0 || publicActs > 10 ? java.util.OptionalLong.of(publicActs) : java.util.OptionalLong.empty());
        system.kirok().jdbi().useHandle(h -> h.execute("""
                INSERT INTO sharing_agreement (id, grantor_org_id, partner_org_id, kinds, records_from)
                VALUES (?, ?, ?, ARRAY['acts'], '2015-01-01')""", UUID.randomUUID(), grantor, partnerOrg));
        DashboardResult shared = dashboards.forUser(user(Role.PARTNER, Optional.of(partnerOrg)), Facets.none(), "en", false);
        assertThat(shared.gated()).isTrue();
        assertThat(shared.total()).hasValue(sql("""
                SELECT count(*) FROM act a WHERE a.confidentiality = 'public' OR (a.confidentiality = 'internal'
                AND a.organisation_id = ? AND coalesce(a.date_end, a.date_start, a.created_at::date) >= '2015-01-01')""", grantor));
    }

    @Test
    void the_index_follows_changed_deleted_and_re_sexed_acts() {
        User coordinator = user(Role.COORDINATOR, Optional.empty());
        User advocacy = user(Role.ADVOCACY_OFFICER, Optional.empty());
        long before = dashboards.forUser(advocacy, Facets.none(), "en", false).total().getAsLong();
        UUID act = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM act WHERE confidentiality = 'internal' ORDER BY case_code LIMIT 1").mapTo(UUID.class).one());
        system.kirok().jdbi().useHandle(h -> h.execute("UPDATE act SET confidentiality = 'restricted' WHERE id = ?", act));
        assertThat(dashboards.forUser(advocacy, Facets.none(), "en", false).total()).hasValue(before - 1);
        long women = shown(dashboards.forUser(coordinator, Facets.none(), "en", false), Dimension.SEX).get("F");
        UUID victim = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT victim_id FROM act a JOIN person p ON p.id = a.victim_id WHERE p.sex = 'M' LIMIT 1").mapTo(UUID.class).one());
        long actsOfVictim = sql("SELECT count(*) FROM act WHERE victim_id = ?", victim);
        system.kirok().jdbi().useHandle(h -> h.execute("UPDATE person SET sex = 'F' WHERE id = ?", victim));
        assertThat(shown(dashboards.forUser(coordinator, Facets.none(), "en", false), Dimension.SEX).get("F"))
                .isEqualTo(women + actsOfVictim);
        long all = dashboards.forUser(coordinator, Facets.none(), "en", false).total().getAsLong();
        system.kirok().jdbi().useHandle(h -> h.execute("DELETE FROM act WHERE id = ?", act));
        assertThat(dashboards.forUser(coordinator, Facets.none(), "en", false).total()).hasValue(all - 1);
        assertThat(dashboards.matchingActs(coordinator, Facets.none())).doesNotContain(act);
    }
}
