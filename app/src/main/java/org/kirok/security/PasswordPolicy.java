package org.kirok.security;

import com.nulabinc.zxcvbn.StandardDictionaries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * NIST SP 800-63B §5.1.1.2 memorized secrets: at least 8 characters (15 recommended), at least 64 accepted
 * (we take up to 256), no composition rules, and reject values that are commonly used, expected or
 * compromised — a list of common passwords, repetitive or sequential characters, and context words such as
 * the username or the name of the service. Thread-safe.
 */
public final class PasswordPolicy {
    public static final int MINIMUM = 8;
    public static final int RECOMMENDED = 15;
    public static final int MAXIMUM = 256;

    private static final Set<String> COMMON = loadCommonPasswords();

    /** Why the password is refused, as a message key and English text; empty when acceptable. */
    public record Refusal(String messageKey, String message) {
    }

    public Optional<Refusal> check(String password, String username) {
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM) {
            return refuse("password.too_short", "Use at least " + MINIMUM + " characters ("
                    + RECOMMENDED + " or more is better; a passphrase of several words is easy to remember).");
        }
        if (length > MAXIMUM) {
            return refuse("password.too_long", "Use at most " + MAXIMUM + " characters.");
        }
        String folded = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(folded)) {
            return refuse("password.common", "This password is on lists of commonly used passwords; choose another.");
        }
        if (folded.codePoints().distinct().count() <= 2) {
            return refuse("password.repetitive", "This password repeats the same characters; choose another.");
        }
        if (isSequence(folded)) {
            return refuse("password.sequence", "This password is a simple sequence; choose another.");
        }
        String user = username.toLowerCase(Locale.ROOT);
        if (!user.isBlank() && folded.contains(user) || folded.contains("kirok")) {
            return refuse("password.context", "Do not use your username or the name of this service in the password.");
        }
        return Optional.empty();
    }

    private static boolean isSequence(String text) {
        int[] points = text.codePoints().toArray();
        int step = points[1] - points[0];
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < points.length; i++) {
            if (points[i] - points[i - 1] != step) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Refusal> refuse(String key, String message) {
        return Optional.of(new Refusal(key, message));
    }

    private static Set<String> loadCommonPasswords() {
        try {
            Set<String> words = new HashSet<>();
            for (String word : StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies()) {
                if (word.length() >= MINIMUM) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the common-password list", e);
        }
    }
}
