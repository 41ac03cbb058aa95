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
    private Optional<String> adminOneTimePassword = Optional.empty();

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
            Optional<String> adminPassword = Optional.empty();
            if (demo) {
                // as `serve --demo` does: the first start's admin comes before the demo's own (disabled) account
                adminPassword = kirok.core().accounts().bootstrapAdmin();
                new org.kirok.demo.DemoLoader(kirok.features()).loadOnce();
            }
            WebServer server = kirok.serve("127.0.0.1", 0);
            TestSystem system = new TestSystem(kirok, server, data);
            system.adminOneTimePassword = adminPassword;
            return system;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one-time password printed for the first admin of a system started with the demo, as `serve` prints it. */
    public Optional<String> adminOneTimePassword() {
        return adminOneTimePassword;
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

    private final java.util.Map<String, byte[]> totpSecrets = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Creates a user with this role and password (no forced change) and returns its id. Roles that read identities
     * get an authenticator enrolled, as they must; {@link #totpCode} gives its current code.
     */
    public java.util.UUID createUser(String username, Role role, String password) {
        return createUser(username, role, password, "en");
    }

    /** As {@link #createUser(String, Role, String)}, for a user whose pages are in this language ("en", "ko"). */
    public java.util.UUID createUser(String username, Role role, String password, String locale) {
        var core = kirok.core();
        java.util.UUID id = java.util.UUID.randomUUID();
        kirok.jdbi().useTransaction(handle -> core.users().insert(handle, new UserStore.NewUser(id, username,
                username, role, Optional.empty(), locale, core.accounts().hasher().hash(password), false)));
        var user = kirok.jdbi().withHandle(h -> core.users().byId(h, id)).orElseThrow();
        if (core.access().needsSecondFactor(user)) {
            byte[] secret = core.secondFactor().begin(user);
            totpSecrets.put(username, secret);
            core.secondFactor().confirm(user, totpCode(username)).orElseThrow();
        }
        return id;
    }

    private final java.util.Map<String, Long> lastSteps = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * An authenticator code for a user created by {@link #createUser} that has not been used yet — codes work once,
     * so a test that logs in again within the same 30 seconds gets the next step's code, or waits for it.
     */
    public synchronized String totpCode(String username) {
        org.kirok.security.Totp clock = new org.kirok.security.Totp();
        long step = Math.max(clock.currentStep() - 1, lastSteps.getOrDefault(username, Long.MIN_VALUE) + 1);
        while (step > clock.currentStep() + 1) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        lastSteps.put(username, step);
        return org.kirok.security.Totp.codeAt(totpSecrets.get(username), step);
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
