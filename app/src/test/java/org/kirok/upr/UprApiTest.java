package org.kirok.upr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The register over HTTP on a real PostgreSQL: imports (UPR Info, UHRI, published figures), statistics, errors. */
@Tag("store")
class UprApiTest {
    static TestSystem system;
    static Api coordinator;
    static Api partner;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        coordinator = system.api(system.tokenFor("uprcoordinator", Role.COORDINATOR));
        partner = system.api(system.tokenFor("uprpartner", Role.PARTNER));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static Api.Response importCsv(Api api, String format, byte[] body) {
        return api.postBytes("/api/v1/upr/import?format=" + format, "text/csv", body);
    }

    private static JsonNode stats(String query) {
        Api.Response response = coordinator.get("/api/v1/upr/stats?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void the_whole_upr_info_export_gives_the_published_counts_and_imports_once() throws IOException {
        byte[] csv = Files.readAllBytes(SharedUpr.file("upr_info_recommendations_sessions01-20.csv"));
        Api.Response first = importCsv(coordinator, "upr-info", csv);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("accepted").asInt() + first.json().get("unchanged").asInt()).isEqualTo(41_066);
        assertThat(first.json().get("rejected").asInt()).isZero();
        JsonNode kp6 = stats("state=KP&session=6");
        assertThat(kp6.get("total").asLong()).isEqualTo(167);
        assertThat(kp6.get("supported").asLong()).isZero();
        JsonNode kp19 = stats("state=DPR%20Korea&session=19");
        assertThat(kp19.get("total").asLong()).isEqualTo(269);
        assertThat(kp19.get("supported").asLong()).isEqualTo(114);
        assertThat(kp19.get("noted").asLong()).isEqualTo(155);
        assertThat(kp19.get("by_action_category").get("5").asLong()).isEqualTo(114);
        assertThat(kp19.get("by_recommending_state").size()).isEqualTo(82);
        JsonNode cn4 = stats("state=China&session=4");
        assertThat(cn4.get("total").asLong()).isEqualTo(138);
        assertThat(cn4.get("supported").asLong()).isEqualTo(55);
        JsonNode cn17 = stats("state=CN&session=17");
        assertThat(cn17.get("total").asLong()).isEqualTo(284);
        assertThat(cn17.get("supported").asLong()).isEqualTo(207);
        assertThat(stats("state=KP&cycle=1").get("total").asLong()).isEqualTo(167);
        Api.Response second = importCsv(coordinator, "upr-info", csv);
        assertThat(second.json().get("accepted").asInt()).isZero();
        assertThat(second.json().get("updated").asInt()).isZero();
        assertThat(second.json().get("unchanged").asInt()).isEqualTo(41_066);
    }

    @Test
    void published_figures_import_as_reference_figures_beside_the_counts() throws IOException {
        byte[] csv = Files.readAllBytes(SharedUpr.file("upr_published_figures.csv"));
        Api.Response imported = importCsv(coordinator, "published", csv);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(importCsv(coordinator, "published", csv).json().get("accepted").asInt()).isZero();
        JsonNode published = stats("state=KP&session=6").get("published");
        assertThat(published.findValuesAsText("check_id")).contains("DPRK-C1-TOTAL");
        assertThat(published.toString()).contains("167");
    }

    @Test
    void bad_rows_are_named_by_row_and_column_and_nothing_is_saved() {
        String csv = """
                rec_id,session,state_under_review,recommendation,recommending_state,action_category,issues
                T-1,47,Narnia,Ratify the ICCPR,France,5,Justice
                T-2,47,China,Ratify the ICCPR,France,9,Justice
                T-3,47,China,Ratify the ICCPR,France,5,Justice
                T-3,47,China,Ratify the ICCPR,France,5,Justice
                """;
        Api.Response response = importCsv(coordinator, "upr-info", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("saved").asBoolean()).isFalse();
        JsonNode errors = response.json().get("errors");
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("state_under_review");
        assertThat(errors.get(0).get("message").asText()).contains("Narnia");
        assertThat(errors.get(1).get("field").asText()).isEqualTo("action_category");
        assertThat(errors.get(2).get("row").asInt()).isEqualTo(5);
        assertThat(errors.get(2).get("message").asText()).contains("already in row 4");
        assertThat(coordinator.get("/api/v1/upr/recommendations?q=Ratify%20the%20ICCPR&session=47").json()
                .get("total").asInt()).isZero();
    }

    @Test
    void a_file_without_the_columns_or_a_format_is_refused_with_the_reason() {
        Api.Response columns = importCsv(coordinator, "upr-info", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(columns.status()).isEqualTo(400);
        assertThat(columns.json().get("error").get("message").asText()).contains("missing column(s): rec_id");
        Api.Response format = importCsv(coordinator, "excel", "a\n".getBytes(StandardCharsets.UTF_8));
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.json().get("error").get("field").asText()).isEqualTo("format");
    }

    @Test
    void a_uhri_export_is_imported_with_our_action_categories() {
        String csv = """
                Text,Countries Concerned,UPR Session,Document Symbol,UPR Reccomending States,UPR Position,Themes,Affected Persons,Sdgs,Document Publication Date,OHCHR Annotation Id
                "Consider ratifying the Convention relating to the Status of Refugees",China,45th session,A/HRC/56/6,Republic of Korea,Noted,"Refugees & asylum-seekers; Torture and other cruel, inhuman or degrading treatment",Migrants,,2024-01-26,U-9001
                "Repeal the Reactionary Thought and Culture Rejection Law","Democratic People's Republic of Korea",47,A/HRC/58/13,"Australia; Germany",Noted,Freedom of opinion and expression,,,2024-11-11,U-9002
                "Continue cooperating with the OHCHR",Korea (Democratic People's Republic of),Session 47,A/HRC/58/13,Viet Nam,Supported,Cooperation with special procedures,,,2024-11-11,U-9003
                """;
        Api.Response response = importCsv(coordinator, "uhri", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("accepted").asInt()).isEqualTo(3);
        JsonNode kp47 = stats("state=KP&session=47");
        assertThat(kp47.get("total").asLong()).isEqualTo(2);
        assertThat(kp47.get("by_action_category").get("5").asLong()).isEqualTo(1);
        assertThat(kp47.get("by_action_category").get("2").asLong()).isEqualTo(1);
        assertThat(kp47.get("by_recommending_state").get("AU").asLong()).isEqualTo(1);
        assertThat(kp47.get("by_issue").get("expression").asLong()).isEqualTo(1);
        JsonNode cn = coordinator.get("/api/v1/upr/recommendations?state=CN&session=45").json().get("items").get(0);
        assertThat(cn.get("action_category").asInt()).isEqualTo(3);
        assertThat(cn.get("category_source").asText()).isEqualTo("classifier");
        assertThat(cn.get("issues").toString()).contains("asylum_refugees").contains("torture");
        assertThat(importCsv(coordinator, "uhri", csv.getBytes(StandardCharsets.UTF_8)).json().get("unchanged").asInt())
                .isEqualTo(3);
    }

    @Test
    void a_row_naming_two_states_under_review_is_refused() {
        String csv = "Text,Countries Concerned,UPR Session,UPR Position,OHCHR Annotation Id\n"
                + "\"Ratify the ICCPR\",\"China; Japan\",45,Noted,U-1\n";
        Api.Response response = importCsv(coordinator, "uhri", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("countries_concerned");
    }

    @Test
    void partners_may_read_the_register_but_not_import_and_strangers_nothing() {
        assertThat(importCsv(partner, "upr-info", "rec_id\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
        assertThat(partner.get("/api/v1/upr/stats?state=KP&session=6").status()).isEqualTo(200);
        assertThat(system.api(null).get("/api/v1/upr/stats?state=KP").status()).isEqualTo(401);
        assertThat(coordinator.get("/api/v1/upr/stats?state=Narnia").status()).isEqualTo(400);
        assertThat(coordinator.get("/api/v1/upr/stats?session=6").json().get("error").get("field").asText())
                .isEqualTo("state");
    }

    @Test
    void an_analyst_types_in_a_recommendation_and_corrects_its_category() {
        Api analyst = system.api(system.tokenFor("upranalyst", Role.ANALYST));
        Api.Response created = analyst.post("/api/v1/upr/recommendations", """
                {"state":"DPRK","session":47,"text":"Release all persons detained for watching foreign media",
                 "recommending":["Sweden"],"response":"noted","issues":["expression"]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        JsonNode read = analyst.get("/api/v1/upr/recommendations/" + id).json();
        assertThat(read.get("recommendation").get("action_category").asInt()).isEqualTo(5);
        assertThat(read.get("recommendation").get("themes").toString()).contains("expression");
        assertThat(read.get("act_types").toString()).contains("punishment_for_expression");
        Api.Response corrected = analyst.put("/api/v1/upr/recommendations/" + id,
                "{\"version\":1,\"action_category\":4,\"extra_themes\":[\"fair_trial\"]}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        assertThat(corrected.json().get("category_source").asText()).isEqualTo("analyst");
        assertThat(corrected.json().get("themes").toString()).contains("fair_trial");
        assertThat(analyst.put("/api/v1/upr/recommendations/" + id, "{\"version\":1,\"action_category\":4}").status())
                .isEqualTo(409);
        assertThat(analyst.post("/api/v1/upr/recommendations", "{\"state\":\"KP\",\"session\":47,\"text\":\"x\","
                + "\"recommending\":[\"Atlantis\"]}").json().get("error").get("field").asText()).isEqualTo("recommending");
    }
}
