package org.kirok.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.kirok.testing.WebSession;

/**
 * Rotation in the running server: the administrator rotates from the keys page while the API keeps answering; after
 * it every data key is wrapped under the new primary, the key file holds both master keys, records written before
 * and after stay readable, and a vault opened fresh from the new key file reads them too.
 */
class LiveRotationTest {
    static TestSystem system;
    static Api coder;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        coder = system.api(system.tokenFor("rotating-coder", Role.CODER));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void the_admin_rotates_without_downtime_and_everything_stays_readable() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(coder.post("/api/v1/persons", "{\"names\":[{\"text\":\"회전" + i + "\"}]}").json().get("id").asText());
        }
        long before = system.kirok().core().vault().primaryMasterKeyId();
        WebSession admin = WebSession.loggedIn(system, "key-admin", Role.ADMIN, "en");
        assertThat(admin.get("/admin/keys").body()).contains(Long.toUnsignedString(before));

        assertThat(admin.post("/admin/keys/rotate", "passphrase=").statusCode()).as("unconfirmed").isEqualTo(400);
        HttpResponse<String> rotated = admin.post("/admin/keys/rotate", "confirm=yes");
        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(rotated.body()).contains("data keys re-wrapped");

        long after = system.kirok().core().vault().primaryMasterKeyId();
        assertThat(after).isNotEqualTo(before);
        long stale = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM vault_key WHERE wrapped_key IS NOT NULL AND master_key_id <> :p")
                .bind("p", after).mapTo(Long.class).one());
        assertThat(stale).isZero();
        ids.add(coder.post("/api/v1/persons", "{\"names\":[{\"text\":\"회전 이후\"}]}").json().get("id").asText());
        for (String id : ids) {
            assertThat(coder.get("/api/v1/persons/" + id).json().toString()).contains("회전");
        }
        Path keyFile = system.kirok().core().keyFile();
        VaultKeys onDisk = KeyFile.loadOrCreate(keyFile);
        assertThat(onDisk.master().size()).isEqualTo(2);
        IdentityVault fresh = new IdentityVault(onDisk);
        String name = system.kirok().jdbi().withHandle(h -> {
            UUID id = UUID.fromString(ids.get(0));
            var row = h.createQuery("SELECT position, text_enc FROM person_name WHERE person_id = :id LIMIT 1")
                    .bind("id", id).map((rs, c) -> java.util.Map.entry(rs.getInt(1), rs.getBytes(2))).one();
            return fresh.key(h, new Subject("person", id)).orElseThrow().decrypt("name." + row.getKey(), row.getValue());
        });
        assertThat(name).isEqualTo("회전0");
        assertThat(Files.list(keyFile.getParent()).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith(keyFile.getFileName() + ".before-rotation-"));
        long audited = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM audit_log WHERE action = 'keys.rotated' AND actor_label = 'key-admin'")
                .mapTo(Long.class).one());
        assertThat(audited).isEqualTo(1);
    }
}
