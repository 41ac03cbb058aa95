package org.kirok.app;

import java.nio.file.Path;
import java.util.Optional;
import org.kirok.store.DatabaseUrl;
import org.kirok.store.DurabilityCheck;

/**
 * How this installation runs: where its data lives, which PostgreSQL (embedded unless
 * {@code KIROK_DATABASE_URL} names one), where the vault keys are ({@code KIROK_KEY_FILE}, default under the
 * data directory).
 */
public record Settings(Path dataDirectory, Optional<DatabaseUrl> databaseUrl, Path keyFile,
                       DurabilityCheck.Policy durability, boolean demo) {

    public static Settings fromEnvironment(Path dataDirectory, boolean allowUnsafeDurability, boolean demo) {
        Path data = dataDirectory.toAbsolutePath().normalize();
        Optional<DatabaseUrl> url = Optional.ofNullable(System.getenv("KIROK_DATABASE_URL"))
                .filter(s -> !s.isBlank()).map(DatabaseUrl::parse);
        Path keyFile = Optional.ofNullable(System.getenv("KIROK_KEY_FILE")).filter(s -> !s.isBlank())
                .map(Path::of).orElse(data.resolve("keys").resolve("vault-keys.json"));
        return new Settings(data, url, keyFile,
                allowUnsafeDurability ? DurabilityCheck.Policy.WARN_ONLY : DurabilityCheck.Policy.REFUSE_UNSAFE, demo);
    }
}
