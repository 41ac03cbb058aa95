package org.kirok.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.kirok.security.Role;
import org.kirok.store.InvalidInputException;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VocabularyApiTest {
    static TestSystem system;
    static Api admin;
    static Api coder;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        admin = system.api(system.tokenFor("vocadmin", Role.ADMIN));
        coder = system.api(system.tokenFor("voccoder", Role.CODER));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static Vocabularies cache() {
        return system.kirok().features().vocabularies();
    }

    @Test
    void lists_the_seeded_vocabularies_and_their_terms() {
        Api.Response list = coder.get("/api/v1/vocabularies");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("act_type", "facility_type", "reliability");
        Api.Response facilities = coder.get("/api/v1/vocabularies/facility_type");
        assertThat(facilities.body()).contains("kwanliso", "관리소");
        assertThat(coder.get("/api/v1/vocabularies/no_such_thing").status()).isEqualTo(404);
    }

    @Test
    void an_administrator_adds_a_term_which_the_cache_knows_at_once() {
        Api.Response created = admin.post("/api/v1/vocabularies/act_type/terms",
                "{\"code\":\"forced_marriage\",\"label_en\":\"Forced marriage\",\"label_ko\":\"강제결혼\",\"sort_order\":500}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asText());
        assertThat(cache().termId("act_type", "forced_marriage")).isEqualTo(id);
        assertThat(cache().label(id, "ko")).isEqualTo("강제결혼");
    }

    @Test
    void a_stale_term_edit_gets_409_and_deactivation_keeps_the_code_resolvable() {
        String id = admin.post("/api/v1/vocabularies/consequence/terms",
                "{\"code\":\"lost_hearing\",\"label_en\":\"Hearing loss\",\"label_ko\":\"청력 상실\"}").json().get("id").asText();
        Api.Response edited = admin.put("/api/v1/terms/" + id,
                "{\"version\":1,\"code\":\"lost_hearing\",\"label_en\":\"Loss of hearing\",\"label_ko\":\"청력 상실\",\"active\":false}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("active").asBoolean()).isFalse();
        Api.Response stale = admin.put("/api/v1/terms/" + id,
                "{\"version\":1,\"code\":\"lost_hearing\",\"label_en\":\"x\",\"label_ko\":\"y\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(cache().termId("consequence", "lost_hearing")).hasToString(id);
        assertThat(cache().activeTerms("consequence")).noneMatch(t -> t.code().equals("lost_hearing"));
    }

    @Test
    void the_code_of_a_term_in_use_cannot_change() {
        UUID kwanliso = cache().termId("facility_type", "kwanliso");
        system.kirok().jdbi().useHandle(handle -> {
            UUID place = UUID.randomUUID();
            handle.execute("INSERT INTO place (id, level, name_en, country_code) VALUES (?, 'country', 'Testland', 'XT')", place);
            handle.execute("INSERT INTO place (id, level, name_en, country_code, parent_id) VALUES (?, 'facility', 'Camp', 'XT', ?)",
                    UUID.randomUUID(), place);
            handle.execute("INSERT INTO facility (place_id, facility_type_id) SELECT id, ? FROM place WHERE name_en = 'Camp'",
                    kwanliso);
        });
        int version = coder.get("/api/v1/terms/" + kwanliso).json().get("version").asInt();
        Api.Response renamed = admin.put("/api/v1/terms/" + kwanliso, "{\"version\":" + version
                + ",\"code\":\"political_camp\",\"label_en\":\"Camp\",\"label_ko\":\"관리소\"}");
        assertThat(renamed.status()).isEqualTo(409);
        assertThat(renamed.json().get("error").get("code").asText()).isEqualTo("code_in_use");
    }

    @Test
    void rejects_bad_terms_naming_the_field_and_refuses_coders() {
        Api.Response badCode = admin.post("/api/v1/vocabularies/act_type/terms",
                "{\"code\":\"Bad Code\",\"label_en\":\"x\",\"label_ko\":\"y\"}");
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().get("error").get("field").asText()).isEqualTo("code");
        Api.Response noKorean = admin.post("/api/v1/vocabularies/act_type/terms", "{\"code\":\"x1\",\"label_en\":\"x\"}");
        assertThat(noKorean.json().get("error").get("field").asText()).isEqualTo("label_ko");
        assertThat(coder.post("/api/v1/vocabularies/act_type/terms",
                "{\"code\":\"x2\",\"label_en\":\"x\",\"label_ko\":\"y\"}").status()).isEqualTo(403);
        assertThat(system.api(null).get("/api/v1/vocabularies").status()).isEqualTo(401);
        assertThat(coder.get("/api/v1/terms/" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void an_unknown_code_is_rejected_naming_the_vocabulary_and_the_allowed_codes() {
        assertThatThrownBy(() -> cache().termId("reliability", "certain"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reliability").hasMessageContaining("high, medium, low");
    }
}
