package org.kirok.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;

/**
 * Every read of an identity is in the audit log, naming the records read and never their contents: N person pages
 * read by a coder give N entries naming exactly those ids and no name; a role without identity access reads no
 * identity and leaves no such entry.
 */
class IdentityReadAuditTest {
    static TestSystem system;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void n_identity_reads_give_n_entries_without_the_names() {
        Api coder = system.api(system.tokenFor("reader", Role.CODER));
        Api advocate = system.api(system.tokenFor("advocate", Role.ADVOCACY_OFFICER));
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String name = "Qorvath Identity" + i;
            names.add(name);
            ids.add(coder.post("/api/v1/persons", "{\"names\":[{\"text\":\"" + name + "\"},{\"text\":\"가나다" + i
                    + "\"}]}").json().get("id").asText());
        }
        long before = identityReads();
        for (String id : ids) {
            assertThat(coder.get("/api/v1/persons/" + id).json().toString()).contains("Qorvath");
        }
        List<String> details = system.kirok().jdbi().withHandle(h -> h.createQuery("""
                SELECT detail FROM audit_log WHERE action = 'identity.read' AND actor_label = 'reader'
                ORDER BY seq DESC LIMIT 7""").mapTo(String.class).list());
        assertThat(identityReads() - before).isEqualTo(ids.size());
        assertThat(String.join("\n", details)).contains(ids.toArray(String[]::new));
        assertThat(details).allSatisfy(d -> assertThat(d).doesNotContain("Qorvath").doesNotContain("가나다"));

        long beforeAdvocate = identityReads();
        for (String id : ids) {
            assertThat(advocate.get("/api/v1/persons/" + id).json().toString()).doesNotContain("Qorvath");
        }
        assertThat(identityReads()).isEqualTo(beforeAdvocate);
    }

    @Test
    void every_decision_on_a_restricted_record_is_logged_allowed_or_denied() {
        Api coder = system.api(system.tokenFor("restricted-coder", Role.CODER));
        Api advocate = system.api(system.tokenFor("restricted-advocate", Role.ADVOCACY_OFFICER));
        String restricted = coder.post("/api/v1/persons", "{\"names\":[{\"text\":\"Vellum Restricted\"}],"
                + "\"confidentiality\":\"restricted\"}").json().get("id").asText();
        String internal = coder.post("/api/v1/persons", "{\"names\":[{\"text\":\"Vellum Internal\"}]}")
                .json().get("id").asText();
        assertThat(coder.get("/api/v1/persons/" + restricted).status()).isEqualTo(200);
        assertThat(advocate.get("/api/v1/persons/" + restricted).status()).isEqualTo(404);
        assertThat(advocate.get("/api/v1/persons/" + internal).status()).isEqualTo(200);
        List<String> decisions = system.kirok().jdbi().withHandle(h -> h.createQuery("""
                SELECT actor_label || ' ' || entity_id || ' ' || detail FROM audit_log
                WHERE action = 'access.restricted' ORDER BY seq""").mapTo(String.class).list());
        assertThat(decisions).hasSize(2);
        assertThat(decisions.get(0)).startsWith("restricted-coder " + restricted).contains("\"decision\":\"allowed\"");
        assertThat(decisions.get(1)).startsWith("restricted-advocate " + restricted).contains("\"decision\":\"denied\"");
        assertThat(String.join(" ", decisions)).doesNotContain("Vellum");
    }

    private static long identityReads() {
        return system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM audit_log WHERE action = 'identity.read'").mapTo(Long.class).one());
    }
}
