package org.kirok.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.kirok.app.Kirok;
import org.kirok.app.Settings;
import org.kirok.security.Role;
import org.kirok.security.Tokens;
import org.kirok.security.UserStore;
import org.kirok.store.DurabilityCheck;
import org.kirok.web.WebServer;

/**
 * A whole running Kirok for tests — the production wiring on a fresh database, a temporary data directory and a
 * free port — plus helpers to create users and API tokens. Close it after use.
 */
public final class TestSystem implements AutoCloseable {
    private final Kirok kirok;
    private final WebServer server;
    private final Path data;

    private TestSystem(Kirok kirok, WebServer server, Path data) {
        this.kirok = kirok;
        this.server = server;
        this.data = data;
    }

    public static TestSystem start() {
        return start(false);
    }

    /** A system with the fictional demo dataset loaded (about ten seconds). */
    public static TestSystem startWithDemo() {
        return start(true);
    }

    private static TestSystem start(boolean demo) {
        try {
            Path data = Files.createTempDirectory("kirok-test-data");
            Settings settings = new Settings(data, Optional.of(TestDatabases.fresh()),
                    data.resolve("keys").resolve("vault-keys.json"), DurabilityCheck.Policy.WARN_ONLY, demo);
            Kirok kirok = Kirok.open(settings);
            if (demo) {
                new org.kirok.demo.DemoLoader(kirok.features()).loadOnce();
            }
            WebServer server = kirok.serve("127.0.0.1", 0);
            return new TestSystem(kirok, server, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Kirok kirok() {
        return kirok;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public WebServer server() {
        return server;
    }

    public Path dataDirectory() {
        return data;
    }

    /** Creates a user with this role and password (no forced change) and returns its id. */
    public java.util.UUID createUser(String username, Role role, String password) {
        var core = kirok.core();
        java.util.UUID id = java.util.UUID.randomUUID();
        kirok.jdbi().useTransaction(handle -> core.users().insert(handle, new UserStore.NewUser(id, username,
                username, role, Optional.empty(), "en", core.accounts().hasher().hash(password), false)));
        return id;
    }

    /** Creates a user with this role and an API token for it; returns the token. */
    public String tokenFor(String username, Role role) {
        java.util.UUID id = createUser(username, role, Tokens.newSecret());
        String token = Tokens.newSecret();
        kirok.jdbi().useTransaction(handle -> kirok.core().tokens().create(handle, id, "test", token, Optional.empty()));
        return token;
    }

    public Api api(String token) {
        return new Api(baseUrl(), token);
    }

    @Override
    public void close() {
        kirok.close();
    }
}
