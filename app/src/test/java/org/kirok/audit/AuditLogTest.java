package org.kirok.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.store.Database;
import org.kirok.store.DatabaseUrl;
import org.kirok.store.DurabilityCheck;
import org.kirok.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("store")
class AuditLogTest {
    Database database;
    Jdbi jdbi;
    Jdbi attacker;
    final AuditLog audit = new AuditLog();
    final AuditVerifier verifier = new AuditVerifier();

    @BeforeEach
    void open() {
        DatabaseUrl url = TestDatabases.fresh();
        database = Database.open(url.jdbcUrl(), url.user(), url.password(), DurabilityCheck.Policy.WARN_ONLY);
        jdbi = database.jdbi();
        DatabaseUrl superuser = TestDatabases.asSuperuser(url);
        attacker = TestDatabases.jdbi(superuser);
        for (int i = 0; i < 20; i++) {
            int n = i;
            jdbi.useTransaction(h -> audit.record(h, Actor.SYSTEM, "test.write", "thing", UUID.randomUUID(),
                    Map.of("n", n, "label", "항목 " + n)));
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void an_untouched_chain_verifies_with_its_head() {
        AuditVerifier.Result result = verifier.verify(jdbi);
        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(20);
        assertThat(result.headHash()).hasSize(64);
    }

    @Test
    void the_application_role_can_neither_change_nor_remove_entries() {
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("UPDATE audit_log SET action = 'x' WHERE seq = 1")))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("DELETE FROM audit_log WHERE seq = 1")))
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("TRUNCATE audit_log")))
                .hasMessageContaining("permission denied");
        assertThat(verifier.verify(jdbi).intact()).isTrue();
    }

    @Test
    void an_entry_altered_in_sql_is_named() {
        attacker.useHandle(h -> h.execute("UPDATE audit_log SET detail = '{\"n\":99}' WHERE seq = 7"));
        AuditVerifier.Result result = verifier.verify(jdbi);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).contains(7L);
        assertThat(result.reason()).contains("altered");
    }

    @Test
    void a_removed_entry_is_named() {
        attacker.useHandle(h -> h.execute("DELETE FROM audit_log WHERE seq = 12"));
        AuditVerifier.Result result = verifier.verify(jdbi);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).contains(12L);
    }

    @Test
    void removing_the_last_entries_is_detected_through_the_head() {
        attacker.useHandle(h -> h.execute("DELETE FROM audit_log WHERE seq >= 19"));
        AuditVerifier.Result result = verifier.verify(jdbi);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).contains(19L);
    }

    @Test
    void an_entry_inserted_out_of_band_breaks_the_link() {
        attacker.useHandle(h -> {
            h.execute("UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 10");
            h.execute("UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1010");
            h.execute("INSERT INTO audit_log (seq, at, actor_label, action, detail, prev_hash, hash) "
                    + "VALUES (10, now(), 'intruder', 'forged', '{}', decode(repeat('00', 32), 'hex'), decode(repeat('11', 32), 'hex'))");
        });
        AuditVerifier.Result result = verifier.verify(jdbi);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAt()).contains(10L);
    }

    @Test
    void any_single_changed_field_of_any_entry_is_detected() {
        String[] updates = {"actor_label = 'someone else'", "action = 'other'", "at = at + interval '1 second'",
            "entity_id = gen_random_uuid()", "hash = decode(repeat('ab', 32), 'hex')"};
        for (String update : updates) {
            DatabaseUrl url = TestDatabases.fresh();
            try (Database fresh = Database.open(url.jdbcUrl(), url.user(), url.password(), DurabilityCheck.Policy.WARN_ONLY)) {
                for (int i = 0; i < 5; i++) {
                    fresh.jdbi().useTransaction(h -> audit.record(h, Actor.SYSTEM, "x", "thing", UUID.randomUUID(), Map.of()));
                }
                DatabaseUrl root = TestDatabases.asSuperuser(url);
                TestDatabases.jdbi(root).useHandle(h -> h.execute("UPDATE audit_log SET " + update + " WHERE seq = 3"));
                AuditVerifier.Result result = verifier.verify(fresh.jdbi());
                assertThat(result.intact()).as(update).isFalse();
                assertThat(result.brokenAt()).as(update).hasValueSatisfying(at -> assertThat(at).isBetween(3L, 4L));
            }
        }
    }
}
