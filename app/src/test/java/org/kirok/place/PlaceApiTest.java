package org.kirok.place;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlaceApiTest {
    static TestSystem system;
    static Api coder;
    static Api partner;
    static String korea;
    static String province;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        coder = system.api(system.tokenFor("placecoder", Role.CODER));
        partner = system.api(system.tokenFor("placepartner", Role.PARTNER));
        korea = create("{\"level\":\"country\",\"name_en\":\"North Korea\",\"name_ko\":\"북한\",\"country_code\":\"KP\"}");
        province = create("{\"level\":\"province\",\"name_en\":\"North Hamgyong\",\"name_ko\":\"함경북도\","
                + "\"name_variants\":[\"Hamgyŏng-bukto\"],\"parent_id\":\"" + korea + "\"}");
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    static String create(String body) {
        Api.Response created = coder.post("/api/v1/places", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static JsonNode list(String query) {
        Api.Response found = coder.get("/api/v1/places?" + query);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void creates_a_place_that_inherits_its_country_and_shows_its_hierarchy() {
        String onsong = create("{\"level\":\"county\",\"name_en\":\"Onsŏng\",\"name_ko\":\"온성군\","
                + "\"parent_id\":\"" + province + "\",\"latitude\":42.88,\"longitude\":129.97}");
        JsonNode read = coder.get("/api/v1/places/" + onsong).json();
        assertThat(read.get("country_code").asText()).isEqualTo("KP");
        assertThat(read.get("label").asText()).isEqualTo("Onsŏng, North Hamgyong, KP");
        assertThat(read.get("ancestors").get(0).get("name_en").asText()).isEqualTo("North Hamgyong");
    }

    @Test
    void finds_hoeryong_by_hangul_and_any_romanization() {
        String hoeryong = create("{\"level\":\"city\",\"name_en\":\"Hoeryŏng\",\"parent_id\":\"" + province + "\"}");
        for (String query : new String[] {"회령", "회령시", "Hoeryong", "Hoeryeong", "HOERYONG", "Hoeryŏng City"}) {
            assertThat(list("q=" + q(query)).get("items").get(0).get("id").asText()).as(query).isEqualTo(hoeryong);
        }
        assertThat(list("q=" + q("Hoer")).toString()).contains(hoeryong);
    }

    @Test
    void filters_by_level_country_and_subtree() {
        String musan = create("{\"level\":\"county\",\"name_en\":\"Musan\",\"parent_id\":\"" + province + "\"}");
        String town = create("{\"level\":\"locality\",\"name_en\":\"Musan-ŭp\",\"parent_id\":\"" + musan + "\"}");
        JsonNode under = list("under=" + musan);
        assertThat(under.get("total").asInt()).isEqualTo(1);
        assertThat(under.get("items").get(0).get("id").asText()).isEqualTo(town);
        assertThat(list("level=province&country=KP").toString()).contains(province).doesNotContain(musan);
        assertThat(list("country=CN").get("total").asInt()).isZero();
    }

    @Test
    void creates_and_updates_a_facility_with_its_type() {
        Api.Response created = coder.post("/api/v1/facilities", "{\"name_en\":\"Onsong holding centre\",\"parent_id\":\""
                + province + "\",\"facility\":{\"type\":\"jipkyulso\",\"status\":\"operating\"}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        JsonNode read = coder.get("/api/v1/facilities/" + id).json();
        assertThat(read.get("facility").get("type").asText()).isEqualTo("jipkyulso");
        assertThat(read.get("level").asText()).isEqualTo("facility");
        Api.Response updated = coder.put("/api/v1/facilities/" + id, "{\"version\":1,\"name_en\":\"Onsong jipkyulso\","
                + "\"parent_id\":\"" + province + "\",\"facility\":{\"type\":\"jipkyulso\",\"number\":\"3\"}}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("facility").get("number").asText()).isEqualTo("3");
        assertThat(coder.get("/api/v1/facilities/" + province).status()).isEqualTo(404);
        assertThat(list("under=" + province + "&level=facility").toString()).contains(id);
    }

    @Test
    void a_stale_edit_gets_409_and_keeps_the_newer_version() {
        String id = create("{\"level\":\"county\",\"name_en\":\"Puryŏng\",\"parent_id\":\"" + province + "\"}");
        String edit = "{\"version\":1,\"level\":\"county\",\"name_en\":\"Puryong\",\"parent_id\":\"" + province + "\"}";
        assertThat(coder.put("/api/v1/places/" + id, edit).status()).isEqualTo(200);
        Api.Response stale = coder.put("/api/v1/places/" + id, edit.replace("Puryong", "Puryeong"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").get("code").asText()).isEqualTo("stale_edit");
        assertThat(coder.get("/api/v1/places/" + id).json().get("name_en").asText()).isEqualTo("Puryong");
    }

    @Test
    void rejects_bad_places_naming_the_field() {
        assertField("{\"level\":\"county\",\"name_en\":\"X\",\"parent_id\":\"" + province + "\",\"latitude\":95,\"longitude\":10}",
                "latitude");
        assertField("{\"level\":\"county\",\"name_en\":\"X\",\"parent_id\":\"" + province + "\",\"latitude\":41}", "longitude");
        assertField("{\"level\":\"county\",\"name_en\":\"X\",\"country_code\":\"KP\"}", "parent_id");
        assertField("{\"level\":\"country\",\"name_en\":\"X\",\"country_code\":\"K1\"}", "country_code");
        assertField("{\"level\":\"province\",\"name_en\":\"X\",\"parent_id\":\"" + province + "\"}", "parent_id");
        assertField("{\"level\":\"county\",\"name_en\":\"\",\"parent_id\":\"" + province + "\"}", "name_en");
        assertField("{\"level\":\"hamlet\",\"name_en\":\"X\",\"parent_id\":\"" + province + "\"}", "level");
        assertField("{\"level\":\"facility\",\"name_en\":\"X\",\"parent_id\":\"" + province + "\"}", "facility_type");
        assertField("{\"level\":\"facility\",\"name_en\":\"X\",\"parent_id\":\"" + province
                + "\",\"facility\":{\"type\":\"gulag\"}}", "facility_type");
        assertField("{\"level\":\"county\",\"name_en\":\"X\",\"parent_id\":\"" + UUID.randomUUID() + "\"}", "parent_id");
    }

    @Test
    void a_place_cannot_be_moved_under_its_own_part() {
        String county = create("{\"level\":\"county\",\"name_en\":\"Kyŏngsŏng\",\"parent_id\":\"" + province + "\"}");
        String district = create("{\"level\":\"district\",\"name_en\":\"Chuŭl\",\"parent_id\":\"" + county + "\"}");
        Api.Response moved = coder.put("/api/v1/places/" + county, "{\"version\":1,\"level\":\"locality\",\"name_en\":"
                + "\"Kyŏngsŏng\",\"parent_id\":\"" + district + "\"}");
        assertThat(moved.status()).isIn(400);
        assertThat(moved.json().get("error").get("field").asText()).isEqualTo("parent_id");
    }

    private static void assertField(String body, String field) {
        Api.Response response = coder.post("/api/v1/places", body);
        assertThat(response.status()).as(body).isEqualTo(400);
        assertThat(response.json().get("error").get("field").asText()).as(body).isEqualTo(field);
        assertThat(response.json().get("error").get("message").asText()).isNotBlank();
    }

    @Test
    void answers_401_403_and_404() {
        assertThat(system.api(null).get("/api/v1/places").status()).isEqualTo(401);
        assertThat(partner.get("/api/v1/places").status()).isEqualTo(200);
        assertThat(partner.post("/api/v1/places", "{\"level\":\"country\",\"name_en\":\"X\",\"country_code\":\"XX\"}")
                .status()).isEqualTo(403);
        assertThat(coder.get("/api/v1/places/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(coder.get("/api/v1/places/not-an-id").status()).isEqualTo(404);
    }
}
