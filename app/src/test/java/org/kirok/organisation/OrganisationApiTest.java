package org.kirok.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OrganisationApiTest {
    static TestSystem system;
    static Api coder;
    static Api analyst;
    static String mss;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        coder = system.api(system.tokenFor("orgcoder", Role.CODER));
        analyst = system.api(system.tokenFor("organalyst", Role.ANALYST));
        mss = create("{\"kind\":\"state_organ\",\"name_en\":\"Ministry of State Security\",\"name_ko\":\"국가보위성\","
                + "\"abbreviation\":\"MSS\",\"country_code\":\"kp\"}");
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    static String create(String body) {
        Api.Response created = coder.post("/api/v1/organisations", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void creates_a_provincial_bureau_under_the_ministry() {
        String bureau = create("{\"kind\":\"state_organ\",\"name_en\":\"North Hamgyong Provincial State Security Bureau\","
                + "\"name_ko\":\"함경북도 보위국\",\"parent_id\":\"" + mss + "\",\"country_code\":\"KP\"}");
        Api.Response read = analyst.get("/api/v1/organisations/" + bureau);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("parent").asText()).isEqualTo("Ministry of State Security");
        assertThat(coder.get("/api/v1/organisations/" + mss).json().get("country_code").asText()).isEqualTo("KP");
    }

    @Test
    void finds_by_abbreviation_korean_name_and_kind() {
        assertThat(coder.get("/api/v1/organisations?q=MSS").json().get("items").get(0).get("id").asText()).isEqualTo(mss);
        assertThat(coder.get("/api/v1/organisations?q=%EB%B3%B4%EC%9C%84").body()).contains(mss);
        assertThat(coder.get("/api/v1/organisations?kind=un_body").json().get("total").asInt()).isZero();
    }

    @Test
    void a_stale_edit_gets_409_and_a_cycle_is_refused() {
        String unit = create("{\"kind\":\"state_organ\",\"name_en\":\"Onsong County Bureau\",\"parent_id\":\"" + mss + "\"}");
        Api.Response cycle = coder.put("/api/v1/organisations/" + mss, "{\"version\":1,\"kind\":\"state_organ\","
                + "\"name_en\":\"Ministry of State Security\",\"parent_id\":\"" + unit + "\"}");
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.json().get("error").get("field").asText()).isEqualTo("parent_id");
        String edit = "{\"version\":1,\"kind\":\"state_organ\",\"name_en\":\"Onsong County State Security Bureau\","
                + "\"parent_id\":\"" + mss + "\"}";
        assertThat(coder.put("/api/v1/organisations/" + unit, edit).status()).isEqualTo(200);
        assertThat(coder.put("/api/v1/organisations/" + unit, edit).status()).isEqualTo(409);
    }

    @Test
    void rejects_bad_input_naming_the_field_and_answers_401_403_404() {
        Api.Response kind = coder.post("/api/v1/organisations", "{\"kind\":\"club\",\"name_en\":\"X\"}");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().get("error").get("field").asText()).isEqualTo("kind");
        Api.Response name = coder.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\" \"}");
        assertThat(name.json().get("error").get("field").asText()).isEqualTo("name_en");
        Api.Response country = coder.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"X\",\"country_code\":\"Korea\"}");
        assertThat(country.json().get("error").get("field").asText()).isEqualTo("country_code");
        assertThat(analyst.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"X\"}").status()).isEqualTo(403);
        assertThat(system.api(null).get("/api/v1/organisations").status()).isEqualTo(401);
        assertThat(coder.get("/api/v1/organisations/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
