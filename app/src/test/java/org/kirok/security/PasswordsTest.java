package org.kirok.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {
    final PasswordPolicy policy = new PasswordPolicy();
    final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashes_with_argon2id_at_owasp_minimum_cost_and_verifies() {
        String hash = hasher.hash("correct horse battery staple");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.verify("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.verify("correct horse battery stapl", hash)).isFalse();
        assertThat(hasher.hash("correct horse battery staple")).isNotEqualTo(hash);
    }

    @Test
    void a_malformed_stored_hash_never_matches() {
        assertThat(hasher.verify("x", "")).isFalse();
        assertThat(hasher.verify("x", "$argon2i$v=19$m=8,t=1,p=1$AAAA$AAAA")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=19$m=zz,t=1,p=1$AAAA$AAAA")).isFalse();
    }

    @Test
    void refuses_short_common_repetitive_sequential_and_contextual_passwords() {
        assertThat(policy.check("short7!", "amy")).hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("password.too_short"));
        assertThat(policy.check("password1", "amy")).hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("password.common"));
        assertThat(policy.check("aaaaaaaaaa", "amy")).hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("password.repetitive"));
        assertThat(policy.check("abcdefghij", "amy")).hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("password.sequence"));
        assertThat(policy.check("jiyoung-garden-2024", "jiyoung")).hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("password.context"));
        assertThat(policy.check("x".repeat(257) + "y", "amy")).hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("password.too_long"));
    }

    @Test
    void accepts_long_passphrases_without_composition_rules_in_any_script() {
        assertThat(policy.check("correct horse battery staple", "amy")).isEmpty();
        assertThat(policy.check("기록은 증거가 된다 새벽 두만강", "amy")).isEmpty();
        assertThat(policy.check("q".repeat(10) + "w".repeat(54) + "z", "amy")).isEmpty();
        assertThat(policy.check("mellow-tundra", "amy")).isEmpty();
    }

    @Test
    void counts_characters_not_bytes() {
        assertThat(policy.check("한국어비밀말씀", "amy")).isPresent(); // 7 characters
        assertThat(policy.check("한국어비밀말씀들", "amy")).isEmpty(); // 8 characters
    }
}
