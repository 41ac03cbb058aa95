package org.kirok.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("store")
class PersonApiTest {
    static TestSystem system;
    static Api coder;
    static Api advocacy;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        coder = system.api(system.tokenFor("coder1", Role.CODER));
        advocacy = system.api(system.tokenFor("advocacy1", Role.ADVOCACY_OFFICER));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static String create(String body) {
        Api.Response created = coder.post("/api/v1/persons", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void creates_a_person_and_returns_their_names_to_a_coder() {
        String id = create("{\"names\":[{\"text\":\"김영철\"},{\"text\":\"Kim Yong Chol\"}],\"sex\":\"M\",\"birth_year\":1968}");
        Api.Response read = coder.get("/api/v1/persons/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("names").get(0).get("text").asText()).isEqualTo("김영철");
        assertThat(read.json().get("names").get(0).get("script").asText()).isEqualTo("hangul");
        assertThat(read.json().get("names").get(1).get("script").asText()).isEqualTo("latin");
        assertThat(read.json().get("birth_year").asInt()).isEqualTo(1968);
        assertThat(read.json().get("identity_hidden").asBoolean()).isFalse();
    }

    @Test
    void hides_names_from_a_role_without_identity_access() {
        String id = create("{\"names\":[{\"text\":\"박순희\"}],\"sex\":\"F\",\"birth_year\":1975}");
        Api.Response read = advocacy.get("/api/v1/persons/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("names").isNull()).isTrue();
        assertThat(read.json().get("identity_hidden").asBoolean()).isTrue();
        assertThat(read.body()).doesNotContain("박순희");
        assertThat(read.json().get("code").asText()).startsWith("P-");
    }

    @Test
    void finds_a_person_by_any_romanization_of_their_name() {
        String id = create("{\"names\":[{\"text\":\"리영철\"}],\"birth_year\":1970}");
        for (String query : new String[] {"이영철", "Ri Yong Chol", "Lee Young-chul", "Yong Chol Ri", "RI Yong Chol"}) {
            Api.Response found = coder.get("/api/v1/persons?q=" + java.net.URLEncoder.encode(query,
                    java.nio.charset.StandardCharsets.UTF_8));
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.body()).as(query).contains(id);
        }
    }

    @Test
    void rejects_a_person_without_names_naming_the_field() {
        Api.Response response = coder.post("/api/v1/persons", "{\"names\":[],\"sex\":\"F\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").get("field").asText()).isEqualTo("names");
    }

    @Test
    void rejects_an_unknown_sex_code() {
        Api.Response response = coder.post("/api/v1/persons", "{\"names\":[{\"text\":\"A\"}],\"sex\":\"Q\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").get("field").asText()).isEqualTo("sex");
    }

    @Test
    void answers_401_without_a_token_and_404_for_an_unknown_id() {
        assertThat(system.api(null).get("/api/v1/persons").status()).isEqualTo(401);
        assertThat(system.api("not-a-real-token").get("/api/v1/persons").status()).isEqualTo(401);
        assertThat(coder.get("/api/v1/persons/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(coder.get("/api/v1/persons/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void a_stale_edit_gets_409_and_keeps_the_newer_version() {
        String id = create("{\"names\":[{\"text\":\"최명순\"}]}");
        Api.Response first = coder.put("/api/v1/persons/" + id, "{\"version\":1,\"names\":[{\"text\":\"최명순\"}],\"birth_year\":1980}");
        assertThat(first.status()).isEqualTo(200);
        Api.Response stale = coder.put("/api/v1/persons/" + id, "{\"version\":1,\"names\":[{\"text\":\"최명순\"}],\"birth_year\":1990}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").get("code").asText()).isEqualTo("stale_edit");
        assertThat(coder.get("/api/v1/persons/" + id).json().get("birth_year").asInt()).isEqualTo(1980);
    }

    @Test
    void a_role_without_write_permission_gets_403() {
        Api.Response response = advocacy.post("/api/v1/persons", "{\"names\":[{\"text\":\"x\"}]}");
        assertThat(response.status()).isEqualTo(403);
    }
}
