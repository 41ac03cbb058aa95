package org.kirok.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.kirok.audit.AuditVerifier;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Crypto-shredding a person, and the legal hold that forbids it. */
@Tag("store")
class ErasureTest {
    static TestSystem system;
    static Api coordinator;
    static Api coder;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        coordinator = system.api(system.tokenFor("coordinator", Role.COORDINATOR));
        coder = system.api(system.tokenFor("coder", Role.CODER));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static String person(String name) {
        return coder.post("/api/v1/persons", "{\"names\":[{\"text\":\"" + name + "\"}],\"birth_year\":1960}").json().get("id").asText();
    }

    @Test
    void erasing_makes_names_transcripts_and_notes_unreadable_and_keeps_the_acts_and_the_chain() throws Exception {
        String id = person("도명화");
        String testimony = coder.post("/api/v1/testimonies", "{\"interviewee_id\":\"" + id
                + "\",\"interview_date\":\"2021-02-02\",\"language\":\"ko\",\"transcript\":\"지울 녹취\"}").json().get("id").asText();
        String act = coder.post("/api/v1/acts", "{\"act_type\":\"torture\",\"victim_id\":\"" + id + "\",\"date\":\"2018\","
                + "\"notes\":\"지울 메모\",\"sources\":[{\"source_id\":\"" + testimony + "\"}]}").json().get("id").asText();
        assertThat(coordinator.post("/api/v1/persons/" + id + "/erase", "{\"reason\":\"withdrawn consent\"}").status()).isEqualTo(204);

        Api.Response person = coder.get("/api/v1/persons/" + id);
        assertThat(person.json().get("erased").asBoolean()).isTrue();
        assertThat(person.json().get("names").isNull()).isTrue();
        assertThat(coder.get("/api/v1/testimonies/" + testimony).json().get("transcript").isNull()).isTrue();
        Api.Response kept = coder.get("/api/v1/acts/" + act);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().get("notes").isNull()).isTrue();
        assertThat(kept.json().get("victim").asText()).startsWith("P-");
        assertThat(coder.get("/api/v1/persons?q=" + java.net.URLEncoder.encode("도명화", java.nio.charset.StandardCharsets.UTF_8))
                .json().get("total").asInt()).isZero();
        long live = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM vault_key WHERE subject_id IN (CAST(:p AS uuid), CAST(:t AS uuid)) AND wrapped_key IS NOT NULL")
                .bind("p", id).bind("t", testimony).mapTo(Long.class).one());
        assertThat(live).isZero();
        assertThat(new AuditVerifier().verify(system.kirok().jdbi()).intact()).isTrue();
        assertThat(Files.readString(system.dataDirectory().resolve("keys").resolve("erasures.ledger"))).contains("person/" + id);
        assertThat(coordinator.post("/api/v1/persons/" + id + "/erase", "{}").status()).isEqualTo(409);
    }

    @Test
    void a_person_under_legal_hold_cannot_be_erased_until_the_hold_is_lifted() {
        String id = person("우금란");
        assertThat(coordinator.put("/api/v1/persons/" + id + "/legal-hold", "{\"hold\":true}").json().get("legal_hold").asBoolean()).isTrue();
        Api.Response refused = coordinator.post("/api/v1/persons/" + id + "/erase", "{}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").get("code").asText()).isEqualTo("legal_hold");
        assertThat(coder.get("/api/v1/persons/" + id).json().get("names").get(0).get("text").asText()).isEqualTo("우금란");
        coordinator.put("/api/v1/persons/" + id + "/legal-hold", "{\"hold\":false}");
        assertThat(coordinator.post("/api/v1/persons/" + id + "/erase", "{}").status()).isEqualTo(204);
    }

    @Test
    void only_roles_that_may_delete_can_erase_or_hold() {
        String id = person("성춘실");
        assertThat(coder.post("/api/v1/persons/" + id + "/erase", "{}").status()).isEqualTo(403);
        assertThat(coder.put("/api/v1/persons/" + id + "/legal-hold", "{\"hold\":true}").status()).isEqualTo(403);
    }
}
