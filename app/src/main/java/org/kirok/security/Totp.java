package org.kirok.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as authenticator apps make them: RFC 6238 (TOTP) over RFC 4226 (HOTP),
 * HMAC-SHA1, 30-second steps, 6 digits, one step of clock drift either way. {@link #verify} returns the step that
 * matched so the caller can refuse that step (and earlier ones) next time: a code works once. Thread-safe.
 */
public final class Totp {
    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Clock clock;

    public Totp() {
        this(Clock.systemUTC());
    }

    Totp(Clock clock) {
        this.clock = clock;
    }

    public static byte[] newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The step matched by {@code code} within ±1 step of now and after {@code lastUsedStep}; empty if none. */
    public OptionalLong verify(byte[] secret, String code, long lastUsedStep) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = step(clock.instant());
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > lastUsedStep && MessageDigest.isEqual(code(secret, step).getBytes(), digits.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code for a given step (RFC 4226 §5.3 dynamic truncation). */
    static String code(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is missing from this JVM", e);
        }
    }

    static long step(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of a given step (for tests and tools that must not reuse a step). */
    public static String codeAt(byte[] secret, long step) {
        return code(secret, step);
    }

    /** The current step of this clock. */
    public long currentStep() {
        return step(clock.instant());
    }

    public String now(byte[] secret) {
        return code(secret, step(clock.instant()));
    }

    /** RFC 4648 base32 without padding, as authenticator apps read secrets. */
    public static String base32(byte[] bytes) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(alphabet.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    /** The otpauth URI authenticator apps import (Google's key-uri format). */
    public static String provisioningUri(String username, byte[] secret) {
        return "otpauth://totp/Kirok:" + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8)
                + "?secret=" + base32(secret) + "&issuer=Kirok&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }
}
