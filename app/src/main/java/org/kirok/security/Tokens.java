package org.kirok.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random bearer secrets (session cookies, API tokens, one-time passwords) and their stored form. Secrets carry
 * 256 bits of entropy, so a plain SHA-256 is a sufficient stored form: nothing to brute-force.
 */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A password a person can type: 4 groups of 5 letters and digits without look-alikes (~100 bits). */
    public static String newReadablePassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder out = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                out.append('-');
            }
            for (int i = 0; i < 5; i++) {
                out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
        }
        return out.toString();
    }

    public static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
