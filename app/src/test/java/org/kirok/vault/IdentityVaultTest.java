package org.kirok.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.store.Database;
import org.kirok.store.DatabaseUrl;
import org.kirok.store.DurabilityCheck;
import org.kirok.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("store")
class IdentityVaultTest {
    static Database database;
    static Jdbi jdbi;
    static IdentityVault vault;
    static Path keyFile;

    @BeforeAll
    static void open() throws Exception {
        DatabaseUrl url = TestDatabases.fresh();
        database = Database.open(url.jdbcUrl(), url.user(), url.password(), DurabilityCheck.Policy.WARN_ONLY);
        jdbi = database.jdbi();
        keyFile = Files.createTempDirectory("vault-test").resolve("keys.json");
        vault = new IdentityVault(KeyFile.loadOrCreate(keyFile));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void encrypts_and_decrypts_a_field_with_the_record_key() {
        Subject subject = new Subject("person", UUID.randomUUID());
        byte[] ciphertext = jdbi.inTransaction(h -> vault.create(h, subject).encrypt("name.0", "김영철"));
        assertThat(new String(ciphertext, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("김영철");
        String back = jdbi.inTransaction(h -> vault.key(h, subject).orElseThrow().decrypt("name.0", ciphertext));
        assertThat(back).isEqualTo("김영철");
    }

    @Test
    void a_key_read_by_another_transaction_while_an_erasure_is_open_does_not_outlive_the_erasure() {
        Subject subject = new Subject("testimony", UUID.randomUUID());
        jdbi.useTransaction(h -> vault.create(h, subject));
        try (org.jdbi.v3.core.Handle erasing = jdbi.open(); org.jdbi.v3.core.Handle reading = jdbi.open()) {
            erasing.begin();
            assertThat(vault.destroy(erasing, subject)).isTrue();
            // the reader's snapshot still holds the wrapped key: it may use it, but it must not cache it
            assertThat(vault.key(reading, subject)).isPresent();
            erasing.commit();
        }
        Optional<SubjectKey> after = jdbi.withHandle(h -> vault.key(h, subject));
        assertThat(after).as("after the erasure commits").isEmpty();
    }

    @Test
    void a_key_whose_erasure_rolled_back_is_still_readable() {
        Subject subject = new Subject("person", UUID.randomUUID());
        byte[] ciphertext = jdbi.inTransaction(h -> vault.create(h, subject).encrypt("notes", "kept"));
        try (org.jdbi.v3.core.Handle erasing = jdbi.open()) {
            erasing.begin();
            vault.destroy(erasing, subject);
            erasing.rollback();
        }
        String notes = jdbi.withHandle(h -> vault.key(h, subject).orElseThrow().decrypt("notes", ciphertext));
        assertThat(notes).isEqualTo("kept");
    }

    @Test
    void a_ciphertext_moved_to_another_field_or_record_does_not_decrypt() {
        Subject first = new Subject("person", UUID.randomUUID());
        Subject second = new Subject("person", UUID.randomUUID());
        byte[] ciphertext = jdbi.inTransaction(h -> vault.create(h, first).encrypt("name.0", "secret"));
        jdbi.useTransaction(h -> vault.create(h, second));
        assertThatThrownBy(() -> jdbi.inTransaction(h -> vault.key(h, first).orElseThrow().decrypt("contact", ciphertext)))
                .isInstanceOf(VaultIntegrityException.class);
        assertThatThrownBy(() -> jdbi.inTransaction(h -> vault.key(h, second).orElseThrow().decrypt("name.0", ciphertext)))
                .isInstanceOf(VaultIntegrityException.class);
    }

    @Test
    void a_destroyed_key_leaves_the_data_unreadable_even_from_a_fresh_vault() {
        Subject subject = new Subject("person", UUID.randomUUID());
        jdbi.useTransaction(h -> vault.create(h, subject));
        boolean destroyed = jdbi.inTransaction(h -> vault.destroy(h, subject));
        assertThat(destroyed).isTrue();
        Optional<SubjectKey> afterwards = jdbi.inTransaction(h -> vault.key(h, subject));
        assertThat(afterwards).isEmpty();
        IdentityVault reopened = new IdentityVault(KeyFile.loadOrCreate(keyFile));
        Optional<SubjectKey> reopenedKey = jdbi.inTransaction(h -> reopened.key(h, subject));
        assertThat(reopenedKey).isEmpty();
        String wrapped = jdbi.withHandle(h -> h.createQuery("SELECT coalesce(encode(wrapped_key, 'hex'), 'none') FROM vault_key "
                + "WHERE subject_id = :id").bind("id", subject.id()).mapTo(String.class).one());
        assertThat(wrapped).isEqualTo("none");
    }

    @Test
    void another_key_file_cannot_unwrap_the_data_keys() throws Exception {
        Subject subject = new Subject("person", UUID.randomUUID());
        jdbi.useTransaction(h -> vault.create(h, subject));
        IdentityVault stranger = new IdentityVault(KeyFile.loadOrCreate(Files.createTempDirectory("other").resolve("k.json")));
        assertThatThrownBy(() -> jdbi.inTransaction(h -> stranger.key(h, subject)))
                .isInstanceOf(VaultIntegrityException.class);
    }

    @Test
    void the_blind_index_is_stable_keyed_and_reveals_nothing_of_the_key() throws Exception {
        byte[] first = vault.blindIndex("kim yeongcheol");
        assertThat(vault.blindIndex("kim yeongcheol")).isEqualTo(first);
        assertThat(vault.blindIndex("kim yeongchel")).isNotEqualTo(first);
        IdentityVault other = new IdentityVault(KeyFile.loadOrCreate(Files.createTempDirectory("o2").resolve("k.json")));
        assertThat(other.blindIndex("kim yeongcheol")).isNotEqualTo(first);
        assertThat(first).hasSize(16);
    }

    @Test
    void the_key_file_is_readable_by_its_owner_only_and_survives_reloading() throws Exception {
        assertThat(Files.getPosixFilePermissions(keyFile).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
        IdentityVault reopened = new IdentityVault(KeyFile.loadOrCreate(keyFile));
        assertThat(reopened.blindIndex("x")).isEqualTo(vault.blindIndex("x"));
        byte[] sealed = vault.sealSecret("totp", new byte[] {1, 2, 3});
        assertThat(reopened.openSecret("totp", sealed)).containsExactly(1, 2, 3);
    }
}
