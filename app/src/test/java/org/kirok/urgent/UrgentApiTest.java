package org.kirok.urgent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The urgent-case API over real HTTP on a real PostgreSQL: the route of the nine refugees on fictional people. */
@Tag("store")
class UrgentApiTest {
    static final String LAO_CAI = "{\"type\":\"arrest\",\"date\":\"2015-10-22\",\"place\":{\"name\":\"Lao Cai\","
            + "\"country\":\"VN\",\"lat\":22.48,\"lon\":103.97},\"custody_holder\":\"Vietnamese police\"}";
    static final String DONGXING = "{\"type\":\"transfer\",\"date\":\"2015-10-27\",\"place\":{\"name\":\"Dongxing\","
            + "\"country\":\"CN\",\"lat\":21.548,\"lon\":107.972},\"custody_holder\":\"Chinese public security\"}";
    static final String SHENYANG = "{\"type\":\"transfer\",\"date\":\"2015-11-16\",\"place\":{\"name\":\"Shenyang\","
            + "\"country\":\"CN\",\"lat\":41.79,\"lon\":123.43},\"custody_holder\":\"Chinese public security\"}";

    static TestSystem system;
    static Api coordinator;
    static Api advocate;
    static Api admin;
    static Api partner;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        coordinator = system.api(system.tokenFor("uc-coordinator", Role.COORDINATOR));
        advocate = system.api(system.tokenFor("uc-advocate", Role.ADVOCACY_OFFICER));
        admin = system.api(system.tokenFor("uc-admin", Role.ADMIN));
        partner = system.api(system.tokenFor("uc-partner", Role.PARTNER));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    static String created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    static String person(Api api, String name) {
        return created(api.post("/api/v1/persons", "{\"names\":[{\"text\":\"" + name + "\"}],\"sex\":\"F\",\"birth_year\":1990}"));
    }

    static String newCase(String title) {
        return created(coordinator.post("/api/v1/urgent-cases", "{\"title\":\"" + title + "\"}"));
    }

    static String risk(String caseId) {
        return coordinator.get("/api/v1/urgent-cases/" + caseId).json().get("risk").asText();
    }

    @Test
    void the_risk_rises_to_imminent_when_the_group_is_moved_to_shenyang() {
        String caseId = newCase("Fictional group of nine");
        String mother = person(coordinator, "가상인물 하나");
        String infant = person(coordinator, "가상인물 둘");
        assertThat(coordinator.post("/api/v1/urgent-cases/" + caseId + "/persons", "{\"person_id\":\"" + mother + "\"}")
                .status()).isEqualTo(201);
        assertThat(coordinator.post("/api/v1/urgent-cases/" + caseId + "/persons", "{\"person_id\":\"" + infant + "\"}")
                .status()).isEqualTo(201);
        assertThat(risk(caseId)).isEqualTo("low");
        created(coordinator.post("/api/v1/urgent-cases/" + caseId + "/events", LAO_CAI));
        assertThat(risk(caseId)).isEqualTo("elevated");
        created(coordinator.post("/api/v1/urgent-cases/" + caseId + "/events", DONGXING));
        JsonNode atDongxing = coordinator.get("/api/v1/urgent-cases/" + caseId).json();
        assertThat(atDongxing.get("risk").asText()).isEqualTo("elevated");
        assertThat(atDongxing.get("events").get(1).get("border_km").asDouble()).isGreaterThan(2000);
        Api.Response moved = coordinator.post("/api/v1/urgent-cases/" + caseId + "/events", SHENYANG);
        assertThat(moved.json().get("risk").asText()).isEqualTo("imminent");
        JsonNode now = coordinator.get("/api/v1/urgent-cases/" + caseId).json();
        assertThat(now.get("risk").asText()).isEqualTo("imminent");
        assertThat(now.get("risk_rule").asText()).isEqualTo("Held by Chinese authorities near the DPRK border");
        assertThat(now.get("persons")).hasSize(2);
        now.get("persons").forEach(p -> assertThat(p.get("risk").asText()).isEqualTo("imminent"));
        JsonNode shenyang = now.get("events").get(2);
        assertThat(shenyang.get("place").get("name").asText()).isEqualTo("Shenyang");
        assertThat(shenyang.get("border_km").asDouble()).isBetween(150.0, 250.0);
        assertThat(shenyang.get("custody_holder").get("name").asText()).isEqualTo("Chinese public security");
        assertThat(shenyang.get("holder_country").asText()).isEqualTo("CN");
        assertThat(now.get("missing_communication_elements").toString()).contains("steps_taken", "submitter",
                "family_consent").doesNotContain("date_of_arrest", "person_identity", "forces_responsible");

        JsonNode history = coordinator.get("/api/v1/urgent-cases/" + caseId + "/risk-history").json();
        List<String> caseChanges = new ArrayList<>();
        history.forEach(h -> {
            if (h.get("person_id").isNull()) {
                caseChanges.add(h.get("from").asText() + ">" + h.get("to").asText());
            }
        });
        assertThat(caseChanges).containsExactly("elevated>imminent", "low>elevated");
    }

    @Test
    void the_same_place_and_holder_are_reused_not_duplicated() {
        String first = newCase("Reuse check one");
        String second = newCase("Reuse check two");
        created(coordinator.post("/api/v1/urgent-cases/" + first + "/events", SHENYANG));
        created(coordinator.post("/api/v1/urgent-cases/" + second + "/events", SHENYANG));
        JsonNode a = coordinator.get("/api/v1/urgent-cases/" + first).json().get("events").get(0);
        JsonNode b = coordinator.get("/api/v1/urgent-cases/" + second).json().get("events").get(0);
        assertThat(a.get("place").get("id")).isEqualTo(b.get("place").get("id"));
        assertThat(a.get("custody_holder").get("id")).isEqualTo(b.get("custody_holder").get("id"));
        // and a place given by id works too
        String byId = "{\"type\":\"detention\",\"date\":\"2015-11\",\"place\":{\"id\":\"" + a.get("place").get("id").asText()
                + "\"}}";
        created(coordinator.post("/api/v1/urgent-cases/" + first + "/events", byId));
        assertThat(risk(first)).isEqualTo("imminent");
    }

    @Test
    void an_override_needs_a_reason_is_logged_and_can_be_cleared() {
        String caseId = newCase("Override check");
        created(coordinator.post("/api/v1/urgent-cases/" + caseId + "/events", DONGXING));
        Api.Response noReason = coordinator.post("/api/v1/urgent-cases/" + caseId + "/risk-override", "{\"level\":\"imminent\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("error").get("field").asText()).isEqualTo("reason");
        Api.Response set = coordinator.post("/api/v1/urgent-cases/" + caseId + "/risk-override",
                "{\"level\":\"imminent\",\"reason\":\"family reports a transfer north is being prepared\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("risk").asText()).isEqualTo("imminent");
        assertThat(set.json().get("risk_override").get("reason").asText()).contains("transfer north");
        assertThat(coordinator.get("/api/v1/urgent-cases/" + caseId + "/risk-history").body()).contains("override to imminent");
        String audit = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT string_agg(action, ',') FROM audit_log WHERE entity_id = CAST(:id AS uuid)").bind("id", caseId)
                .mapTo(String.class).one());
        assertThat(audit).contains("urgent.risk_overridden", "urgent.risk_changed");
    }

    @Test
    void an_administrator_edits_the_border_distance_and_open_cases_are_reassessed() {
        String caseId = newCase("Rule change check");
        created(coordinator.post("/api/v1/urgent-cases/" + caseId + "/events", SHENYANG));
        assertThat(risk(caseId)).isEqualTo("imminent");
        JsonNode rule = null;
        for (JsonNode r : admin.get("/api/v1/urgent/risk-rules").json()) {
            if (r.get("max_border_km").isNumber()) {
                rule = r;
            }
        }
        assertThat(rule).isNotNull();
        String body = "{\"version\":" + rule.get("version").asInt() + ",\"position\":" + rule.get("position").asInt()
                + ",\"label\":\"Held by Chinese authorities near the DPRK border\",\"level\":\"imminent\","
                + "\"event_types\":[\"arrest\",\"transfer\",\"detention\",\"handover\"],\"holder_country\":\"CN\","
                + "\"max_border_km\":100}";
        assertThat(coordinator.put("/api/v1/urgent/risk-rules/" + rule.get("id").asText(), body).status()).isEqualTo(403);
        Api.Response edited = admin.put("/api/v1/urgent/risk-rules/" + rule.get("id").asText(), body);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        try {
            assertThat(risk(caseId)).isEqualTo("elevated");
            assertThat(coordinator.get("/api/v1/urgent-cases/" + caseId + "/risk-history").body())
                    .contains("rule changed: Held by Chinese authorities near the DPRK border");
            String detail = system.kirok().jdbi().withHandle(h -> h.createQuery(
                    "SELECT detail FROM audit_log WHERE action = 'urgent.rule_updated' ORDER BY seq DESC LIMIT 1")
                    .mapTo(String.class).one());
            assertThat(detail).contains("\"max_border_km\":\"250.0\"").contains("\"max_border_km\":\"100.0\"");
        } finally {
            String back = body.replace("\"version\":" + rule.get("version").asInt(), "\"version\":"
                    + (rule.get("version").asInt() + 1)).replace("\"max_border_km\":100", "\"max_border_km\":250");
            assertThat(admin.put("/api/v1/urgent/risk-rules/" + rule.get("id").asText(), back).status()).isEqualTo(200);
        }
        assertThat(risk(caseId)).isEqualTo("imminent");
    }

    @Test
    void bad_events_are_refused_naming_the_field() {
        String caseId = newCase("Bad input check");
        Api.Response type = coordinator.post("/api/v1/urgent-cases/" + caseId + "/events", "{\"type\":\"kidnap\"}");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.json().get("error").get("field").asText()).isEqualTo("type");
        assertThat(type.json().get("error").get("message").asText()).contains("'kidnap'", "arrest");
        Api.Response country = coordinator.post("/api/v1/urgent-cases/" + caseId + "/events",
                "{\"type\":\"arrest\",\"place\":{\"name\":\"Lao Cai\",\"country\":\"Vietnam\"}}");
        assertThat(country.json().get("error").get("field").asText()).isEqualTo("place.country");
        Api.Response lat = coordinator.post("/api/v1/urgent-cases/" + caseId + "/events",
                "{\"type\":\"arrest\",\"place\":{\"name\":\"X\",\"country\":\"VN\",\"lat\":95,\"lon\":100}}");
        assertThat(lat.json().get("error").get("message").asText()).contains("95.0");
        Api.Response date = coordinator.post("/api/v1/urgent-cases/" + caseId + "/events",
                "{\"type\":\"arrest\",\"date\":\"22/10/2015\"}");
        assertThat(date.json().get("error").get("field").asText()).isEqualTo("date");
        Api.Response title = coordinator.post("/api/v1/urgent-cases", "{\"title\":\"\"}");
        assertThat(title.json().get("error").get("field").asText()).isEqualTo("title");
        Api.Response stranger = coordinator.post("/api/v1/urgent-cases/" + caseId + "/events",
                "{\"type\":\"arrest\",\"person_ids\":[\"" + java.util.UUID.randomUUID() + "\"]}");
        assertThat(stranger.json().get("error").get("field").asText()).isEqualTo("person_ids");
        assertThat(risk(caseId)).isEqualTo("low");
    }

    @Test
    void cases_one_may_not_see_are_not_found_and_roles_limit_writes() {
        String restricted = created(coordinator.post("/api/v1/urgent-cases",
                "{\"title\":\"Restricted check\",\"confidentiality\":\"restricted\"}"));
        assertThat(advocate.get("/api/v1/urgent-cases/" + restricted).status()).isEqualTo(404);
        assertThat(partner.get("/api/v1/urgent-cases/" + newCase("Internal check")).status()).isEqualTo(404);
        assertThat(advocate.post("/api/v1/urgent-cases", "{\"title\":\"x\"}").status()).isEqualTo(403);
        assertThat(coordinator.get("/api/v1/urgent-cases/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(system.api(null).get("/api/v1/urgent-cases").status()).isEqualTo(401);
        Api.Response list = coordinator.get("/api/v1/urgent-cases?status=open");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains(restricted);
        assertThat(advocate.get("/api/v1/urgent-cases").body()).doesNotContain(restricted);
    }

    @Test
    void names_appear_only_for_those_with_identity_access() {
        String caseId = newCase("Identity check");
        String person = person(coordinator, "가상인물 셋");
        coordinator.post("/api/v1/urgent-cases/" + caseId + "/persons", "{\"person_id\":\"" + person + "\"}");
        assertThat(coordinator.get("/api/v1/urgent-cases/" + caseId).body()).contains("가상인물 셋");
        Api.Response seen = advocate.get("/api/v1/urgent-cases/" + caseId);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body()).doesNotContain("가상인물").contains("P-");
    }

    @Test
    void the_wgeid_communication_downloads_only_once_complete() throws Exception {
        String caseId = newCase("Communication check");
        String person = person(coordinator, "가상인물 넷");
        coordinator.post("/api/v1/urgent-cases/" + caseId + "/persons", "{\"person_id\":\"" + person + "\"}");
        created(coordinator.post("/api/v1/urgent-cases/" + caseId + "/events", LAO_CAI));
        Api.Response early = coordinator.get("/api/v1/urgent-cases/" + caseId + "/communication.docx");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("error").get("message").asText()).contains("steps_taken", "submitter", "family_consent");
        String ngo = created(admin.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"Fictional Watch\"}"));
        Api.Response saved = coordinator.put("/api/v1/urgent-cases/" + caseId + "/communication",
                "{\"steps_taken\":\"Inquiry with the embassy on 2015-10-25; no answer.\",\"submitter_id\":\"" + ngo
                        + "\",\"submitter_contact\":\"urgent@fictional.example\",\"family_consent\":true}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("missing_communication_elements")).isEmpty();
        byte[] docx = download("/api/v1/urgent-cases/" + caseId + "/communication.docx");
        String text = DocxText.of(docx);
        assertThat(text).contains("가상인물 넷", "Lao Cai", "Vietnamese police", "Inquiry with the embassy",
                "Fictional Watch", "2015-10-22");
    }

    byte[] download(String path) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(system.baseUrl() + path))
                .header("Authorization", "Bearer " + coordinatorToken()).GET().build();
        var response = java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        return response.body();
    }

    private static String token;

    private static synchronized String coordinatorToken() {
        if (token == null) {
            token = system.tokenFor("uc-downloader", Role.COORDINATOR);
        }
        return token;
    }
}
