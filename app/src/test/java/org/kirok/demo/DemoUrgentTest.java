package org.kirok.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;

/** The demo's urgent cases: three, with the risks their routes imply, written by an account nobody can use. */
class DemoUrgentTest {
    static TestSystem system;
    static Api coordinator;

    @BeforeAll
    static void start() {
        system = TestSystem.startWithDemo();
        coordinator = system.api(system.tokenFor("demo-urgent-coordinator", Role.COORDINATOR));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static Map<String, String> risksByTitle() {
        Api.Response list = coordinator.get("/api/v1/urgent-cases?status=open");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        Map<String, String> risks = new HashMap<>();
        for (JsonNode item : list.json().get("items")) {
            risks.put(item.get("title").asText(), item.get("risk").asText());
        }
        return risks;
    }

    @Test
    void the_demo_holds_three_urgent_cases_whose_risk_follows_their_route() {
        assertThat(risksByTitle()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Family of four held near the Tumen river (fictional)", "imminent",
                "Two women held in Laos (fictional)", "elevated",
                "Young man in transit to Bangkok (fictional)", "safe"));
    }

    @Test
    void the_account_that_wrote_them_is_disabled_and_loading_again_adds_nothing() {
        var core = system.kirok().core();
        var desk = system.kirok().jdbi().withHandle(h -> core.users().byUsername(h, DemoUrgent.ACCOUNT)).orElseThrow();
        assertThat(desk.disabled()).isTrue();
        assertThat(new DemoLoader(system.kirok().features()).loadOnce()).isEmpty();
        new DemoUrgent(system.kirok().features()).load();
        assertThat(risksByTitle()).hasSize(3);
    }
}
