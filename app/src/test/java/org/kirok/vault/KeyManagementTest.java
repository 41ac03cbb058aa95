package org.kirok.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.store.Database;
import org.kirok.store.DatabaseUrl;
import org.kirok.store.DurabilityCheck;
import org.kirok.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class KeyManagementTest {

    @Test
    void any_threshold_of_the_shares_rebuilds_the_secret_and_fewer_do_not() {
        Random random = new Random(77);
        for (int trial = 0; trial < 200; trial++) {
            byte[] secret = new byte[1 + random.nextInt(300)];
            random.nextBytes(secret);
            int shares = 2 + random.nextInt(6);
            int threshold = 2 + random.nextInt(shares - 1);
            List<Shamir.Share> all = Shamir.split(secret, shares, threshold);
            List<Shamir.Share> picked = new ArrayList<>(all);
            java.util.Collections.shuffle(picked, random);
            assertThat(Shamir.combine(picked.subList(0, threshold))).isEqualTo(secret);
            if (threshold > 2 && secret.length > 8) {
                assertThat(Shamir.combine(picked.subList(0, threshold - 1))).isNotEqualTo(secret);
            }
        }
    }

    @Test
    void split_shares_rebuild_the_key_file_and_refuse_too_few_or_mixed_shares() throws Exception {
        Path dir = Files.createTempDirectory("shares");
        Path keyFile = dir.resolve("keys.json");
        KeyFile.write(keyFile, freshKeys(), Optional.empty());
        List<Path> shares = KeyShares.split(keyFile, 3, 2, dir.resolve("out"));
        assertThat(KeyShares.combine(List.of(shares.get(2), shares.get(0)))).isEqualTo(Files.readAllBytes(keyFile));
        assertThatThrownBy(() -> KeyShares.combine(List.of(shares.get(1)))).hasMessageContaining("need 2");
        Path other = dir.resolve("other.json");
        KeyFile.write(other, freshKeys(), Optional.empty());
        List<Path> strangers = KeyShares.split(other, 3, 2, dir.resolve("other"));
        assertThatThrownBy(() -> KeyShares.combine(List.of(shares.get(0), strangers.get(1)))).hasMessageContaining("another set");
    }

    @Test
    void a_passphrase_protects_the_key_file_and_a_wrong_one_opens_nothing() throws Exception {
        Path file = Files.createTempDirectory("pass").resolve("keys.json");
        VaultKeys keys = freshKeys();
        KeyFile.write(file, keys, Optional.of("a long vault passphrase".toCharArray()));
        assertThat(KeyFile.isProtected(file)).isTrue();
        VaultKeys loaded = KeyFile.load(file, () -> "a long vault passphrase".toCharArray());
        assertThat(new IdentityVault(loaded).blindIndex("x")).isEqualTo(new IdentityVault(keys).blindIndex("x"));
        assertThatThrownBy(() -> KeyFile.load(file, () -> "the wrong passphrase".toCharArray()))
                .hasMessageContaining("wrong passphrase");
    }

    @Test
    void rotation_rewraps_every_data_key_so_only_the_new_key_file_opens_them() throws Exception {
        DatabaseUrl url = TestDatabases.fresh();
        try (Database database = Database.open(url.jdbcUrl(), url.user(), url.password(), DurabilityCheck.Policy.WARN_ONLY)) {
            Jdbi jdbi = database.jdbi();
            VaultKeys before = freshKeys();
            IdentityVault vault = new IdentityVault(before);
            List<Subject> subjects = new ArrayList<>();
            List<byte[]> ciphertexts = new ArrayList<>();
            for (int i = 0; i < 1200; i++) {
                Subject subject = new Subject("person", UUID.randomUUID());
                subjects.add(subject);
                ciphertexts.add(jdbi.inTransaction(h -> vault.create(h, subject).encrypt("name.0", "이름" + subject.id())));
            }
            VaultKeys after = KeyRotation.withNewPrimary(before);
            assertThat(KeyRotation.rewrap(jdbi, after, n -> { })).isEqualTo(1200);
            assertThat(KeyRotation.rewrap(jdbi, after, n -> { })).isZero();
            IdentityVault rotated = new IdentityVault(after);
            for (int i = 0; i < subjects.size(); i += 97) {
                int index = i;
                String name = jdbi.inTransaction(h -> rotated.key(h, subjects.get(index)).orElseThrow()
                        .decrypt("name.0", ciphertexts.get(index)));
                assertThat(name).isEqualTo("이름" + subjects.get(index).id());
            }
            IdentityVault stale = new IdentityVault(before);
            assertThatThrownBy(() -> jdbi.inTransaction(h -> stale.key(h, subjects.get(0))))
                    .isInstanceOf(VaultIntegrityException.class);
        }
    }

    private static VaultKeys freshKeys() throws Exception {
        Path file = Files.createTempDirectory("fresh").resolve("k.json");
        return KeyFile.loadOrCreate(file);
    }
}
