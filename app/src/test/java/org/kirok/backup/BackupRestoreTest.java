package org.kirok.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditVerifier;
import org.kirok.security.Role;
import org.kirok.store.Database;
import org.kirok.store.DatabaseUrl;
import org.kirok.store.DurabilityCheck;
import org.kirok.testing.TestDatabases;
import org.kirok.testing.TestSystem;
import org.kirok.vault.Subject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A backup restores into an empty database with identical row counts and audit chain head; tampering is refused. */
@Tag("store")
class BackupRestoreTest {
    static TestSystem system;
    static byte[] backup;
    static Manifest manifest;

    @BeforeAll
    static void start() {
        system = TestSystem.startWithDemo();
        system.createUser("keeper", Role.ADMIN, "keeper of the backups 2026");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        manifest = Backup.write(system.kirok().jdbi(), system.kirok().core().vault(), out, t -> { });
        backup = out.toByteArray();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static Database emptyDatabase() {
        DatabaseUrl url = TestDatabases.fresh();
        return Database.open(url.jdbcUrl(), url.user(), url.password(), DurabilityCheck.Policy.WARN_ONLY);
    }

    @Test
    void restores_identical_row_counts_and_audit_head_and_readable_identities() {
        try (Database target = emptyDatabase()) {
            Manifest restored = Restore.run(target.jdbi(), system.kirok().core().vault(), system.kirok().core().erasures(),
                    new ByteArrayInputStream(backup), t -> { });
            assertThat(counts(target.jdbi())).isEqualTo(counts(system.kirok().jdbi()));
            assertThat(restored.auditHead()).isEqualTo(manifest.auditHead());
            AuditVerifier.Result chain = new AuditVerifier().verify(target.jdbi());
            assertThat(chain.intact()).isTrue();
            assertThat(chain.headHash()).isEqualTo(manifest.auditHead());
            assertThat(manifest.rowCounts().get("act")).isGreaterThan(3000);
            var person = system.kirok().jdbi().withHandle(h -> h.createQuery(
                    "SELECT person_id, text_enc FROM person_name WHERE position = 0 LIMIT 1")
                    .map((rs, c) -> Map.entry(rs.getObject(1, UUID.class), rs.getBytes(2))).one());
            String original = system.kirok().jdbi().inTransaction(h -> system.kirok().core().vault()
                    .key(h, new Subject("person", person.getKey())).orElseThrow().decrypt("name.0", person.getValue()));
            byte[] restoredCipher = target.jdbi().withHandle(h -> h.createQuery(
                    "SELECT text_enc FROM person_name WHERE person_id = :p AND position = 0").bind("p", person.getKey())
                    .mapTo(byte[].class).one());
            String back = target.jdbi().inTransaction(h -> system.kirok().core().vault()
                    .key(h, new Subject("person", person.getKey())).orElseThrow().decrypt("name.0", restoredCipher));
            assertThat(back).isEqualTo(original);
        }
    }

    @Test
    void a_flipped_byte_or_a_cut_file_is_refused_and_leaves_the_target_empty() {
        for (int position : new int[] {200, backup.length / 2, backup.length - 20}) {
            byte[] tampered = backup.clone();
            tampered[position] ^= 0x01;
            try (Database target = emptyDatabase()) {
                assertThatThrownBy(() -> Restore.run(target.jdbi(), system.kirok().core().vault(),
                        system.kirok().core().erasures(), new ByteArrayInputStream(tampered), t -> { }))
                        .isInstanceOfAny(RuntimeException.class);
                long acts = target.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM act").mapTo(Long.class).one());
                assertThat(acts).isZero();
            }
        }
        byte[] cut = java.util.Arrays.copyOf(backup, backup.length * 2 / 3);
        try (Database target = emptyDatabase()) {
            assertThatThrownBy(() -> Restore.run(target.jdbi(), system.kirok().core().vault(),
                    system.kirok().core().erasures(), new ByteArrayInputStream(cut), t -> { })).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void refuses_a_database_that_is_not_empty() {
        try (Database target = emptyDatabase()) {
            Restore.run(target.jdbi(), system.kirok().core().vault(), system.kirok().core().erasures(),
                    new ByteArrayInputStream(backup), t -> { });
            assertThatThrownBy(() -> Restore.run(target.jdbi(), system.kirok().core().vault(),
                    system.kirok().core().erasures(), new ByteArrayInputStream(backup), t -> { }))
                    .hasMessageContaining("not empty");
        }
    }

    @Test
    void an_erasure_made_after_the_backup_is_applied_again_when_it_is_restored() {
        UUID victim = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT p.id FROM person p WHERE NOT legal_hold AND erased_at IS NULL ORDER BY p.id LIMIT 1").mapTo(UUID.class).one());
        var admin = system.kirok().jdbi().withHandle(h -> system.kirok().core().users().byUsername(h, "keeper")).orElseThrow();
        system.kirok().features().erasure().erase(admin, victim, "test");
        try (Database target = emptyDatabase()) {
            Restore.run(target.jdbi(), system.kirok().core().vault(), system.kirok().core().erasures(),
                    new ByteArrayInputStream(backup), t -> { });
            long live = target.jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM vault_key WHERE subject_id = :p AND wrapped_key IS NOT NULL").bind("p", victim)
                    .mapTo(Long.class).one());
            assertThat(live).isZero();
        }
    }

    private static Map<String, Long> counts(Jdbi jdbi) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : manifest.tables()) {
            counts.put(table, jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one()));
        }
        return counts;
    }
}
