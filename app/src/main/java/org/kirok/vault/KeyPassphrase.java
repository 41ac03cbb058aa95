package org.kirok.vault;

import java.io.Console;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the key file's passphrase comes from: {@code KIROK_KEY_PASSPHRASE} (for service managers that inject
 * secrets), or typed at the terminal when Kirok starts. Never stored.
 */
public final class KeyPassphrase {
    static final String VARIABLE = "KIROK_KEY_PASSPHRASE";

    private KeyPassphrase() {
    }

    /** For a new key file: the passphrase from the environment if set; otherwise the file is not protected. */
    static Optional<char[]> forNewFile() {
        return Optional.ofNullable(System.getenv(VARIABLE)).filter(s -> !s.isEmpty()).map(String::toCharArray);
    }

    static char[] forExistingFile(Path path) {
        String fromEnvironment = System.getenv(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new IllegalStateException("The key file " + path + " is protected by a passphrase. Start Kirok in a "
                    + "terminal to type it, or set " + VARIABLE + ".");
        }
        char[] typed = console.readPassword("Passphrase for the vault keys (%s): ", path.getFileName());
        if (typed == null || typed.length == 0) {
            throw new IllegalStateException("No passphrase given: the vault stays closed.");
        }
        return typed;
    }
}
