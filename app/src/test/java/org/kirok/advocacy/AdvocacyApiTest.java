package org.kirok.advocacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The advocacy log, memberships and the calendar over real HTTP on a real PostgreSQL. */
@Tag("store")
class AdvocacyApiTest {
    static TestSystem system;
    static Api coordinator;
    static Api advocate;
    static Api partner;
    static String coalition;
    static String member;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        coordinator = system.api(system.tokenFor("adv-coordinator", Role.COORDINATOR));
        advocate = system.api(system.tokenFor("adv-officer", Role.ADVOCACY_OFFICER));
        partner = system.api(system.tokenFor("adv-partner", Role.PARTNER));
        coalition = created(coordinator.post("/api/v1/organisations", "{\"kind\":\"coalition\",\"name_en\":\"Fictional Council\"}"));
        member = created(coordinator.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"Fictional Member\"}"));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    static String created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    @Test
    void a_meeting_with_two_survivors_and_a_follow_up_are_found_by_the_coalition() {
        String one = created(coordinator.post("/api/v1/persons", "{\"names\":[{\"text\":\"생존자 하나\"}]}"));
        String two = created(coordinator.post("/api/v1/persons", "{\"names\":[{\"text\":\"생존자 둘\"}]}"));
        String meeting = created(coordinator.post("/api/v1/advocacy/activities", "{\"kind\":\"meeting\",\"title\":"
                + "\"Meeting with the High Commissioner\",\"held_on\":\"2025-03-19\",\"officials\":\"Fictional official\","
                + "\"organisations\":[{\"id\":\"" + coalition + "\",\"role\":\"participant\"}],\"persons\":[{\"id\":\""
                + one + "\"},{\"id\":\"" + two + "\",\"role\":\"speaker\"}],\"themes\":[\"camps\",\"camps\",\" \"]}"));
        String statement = created(coordinator.post("/api/v1/advocacy/activities", "{\"kind\":\"statement\",\"title\":"
                + "\"Joint statement\",\"held_on\":\"2025-03-20\",\"follows_id\":\"" + meeting + "\",\"organisations\":"
                + "[{\"id\":\"" + coalition + "\",\"role\":\"cosigner\"},{\"id\":\"" + member + "\",\"role\":\"cosigner\"}]}"));
        JsonNode log = coordinator.get("/api/v1/advocacy/activities?organisation=" + coalition).json();
        assertThat(log.get("total").asInt()).isEqualTo(2);
        assertThat(log.get("items").get(0).get("id").asText()).isEqualTo(statement);
        JsonNode read = coordinator.get("/api/v1/advocacy/activities/" + meeting).json();
        assertThat(read.get("themes").toString()).isEqualTo("[\"camps\"]");
        assertThat(read.get("persons").toString()).contains("생존자 하나", "speaker");
        // an advocacy officer works from pseudonyms
        assertThat(advocate.get("/api/v1/advocacy/activities/" + meeting).body()).doesNotContain("생존자").contains("P-");
        assertThat(coordinator.get("/api/v1/advocacy/activities?theme=camps").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void memberships_are_listed_both_ways_and_duplicates_or_self_membership_refused() {
        String other = created(coordinator.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"Fictional Partner\"}"));
        created(coordinator.post("/api/v1/organisations/" + coalition + "/relations", "{\"member_id\":\"" + other
                + "\",\"kind\":\"member\",\"since\":\"2019-01-01\"}"));
        assertThat(coordinator.post("/api/v1/organisations/" + coalition + "/relations", "{\"member_id\":\"" + other
                + "\",\"kind\":\"member\"}").status()).isEqualTo(409);
        Api.Response self = coordinator.post("/api/v1/organisations/" + coalition + "/relations", "{\"member_id\":\""
                + coalition + "\"}");
        assertThat(self.json().get("error").get("field").asText()).isEqualTo("member_id");
        assertThat(coordinator.get("/api/v1/organisations/" + coalition + "/relations").body()).contains("Fictional Partner");
        assertThat(coordinator.get("/api/v1/organisations/" + other + "/relations").json().get("member_of").get(0)
                .get("group").asText()).isEqualTo("Fictional Council");
    }

    @Test
    void bad_activities_are_refused_naming_the_field() {
        Api.Response kind = coordinator.post("/api/v1/advocacy/activities", "{\"kind\":\"lunch\",\"title\":\"x\",\"held_on\":\"2025-01-01\"}");
        assertThat(kind.json().get("error").get("field").asText()).isEqualTo("kind");
        Api.Response day = coordinator.post("/api/v1/advocacy/activities", "{\"kind\":\"meeting\",\"title\":\"x\"}");
        assertThat(day.json().get("error").get("field").asText()).isEqualTo("held_on");
        Api.Response url = coordinator.post("/api/v1/advocacy/activities", "{\"kind\":\"media\",\"title\":\"x\","
                + "\"held_on\":\"2025-01-01\",\"url\":\"javascript:alert(1)\"}");
        assertThat(url.json().get("error").get("field").asText()).isEqualTo("url");
        Api.Response person = coordinator.post("/api/v1/advocacy/activities", "{\"kind\":\"meeting\",\"title\":\"x\","
                + "\"held_on\":\"2025-01-01\",\"persons\":[{\"id\":\"" + java.util.UUID.randomUUID() + "\"}]}");
        assertThat(person.json().get("error").get("field").asText()).isEqualTo("persons");
        assertThat(partner.post("/api/v1/advocacy/activities", "{}").status()).isEqualTo(403);
    }

    @Test
    void the_calendar_exports_as_icalendar_with_a_deadline_at_noon_geneva_time() {
        created(advocate.post("/api/v1/calendar", "{\"kind\":\"upr_deadline\",\"title\":\"Submissions due\",\"starts_on\":\""
                + java.time.LocalDate.now().plusDays(40) + "\",\"at_time\":\"12:00\",\"time_zone\":\"Europe/Zurich\"}"));
        Api.Response zone = advocate.post("/api/v1/calendar", "{\"kind\":\"upr_deadline\",\"title\":\"x\","
                + "\"starts_on\":\"2025-01-01\",\"at_time\":\"12:00\",\"time_zone\":\"Europe/Geneva\"}");
        assertThat(zone.json().get("error").get("message").asText()).contains("Europe/Zurich");
        Api.Response ics = advocate.get("/api/v1/calendar.ics");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:Submissions due\r\n")
                .containsPattern("DTSTART:\\d{8}T1[01]0000Z");
    }
}
