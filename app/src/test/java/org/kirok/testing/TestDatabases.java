package org.kirok.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.kirok.store.DataDirectory;
import org.kirok.store.DatabaseUrl;
import org.kirok.store.EmbeddedDatabase;

/**
 * Real PostgreSQL for tests: one server per test JVM — the embedded PostgreSQL 17 started exactly as
 * production starts it, or the server named by {@code KIROK_TEST_DATABASE_URL} (CI runs the store tests once
 * against Debian's PostgreSQL 15 that way) — and a fresh database per caller, migrated by the code under test.
 */
public final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile Server server;

    private TestDatabases() {
    }

    /** How to reach the server as its administrator, and where that server is. */
    private record Server(String jdbcBase, Optional<String> user, Optional<String> password, String description) {
        String url(String database) {
            int query = jdbcBase.indexOf('?');
            String base = query < 0 ? jdbcBase : jdbcBase.substring(0, query);
            String params = query < 0 ? "" : jdbcBase.substring(query);
            return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
        }
    }

    /** The ordinary (non-superuser) role that owns test databases, as Kirok's own role does in production. */
    public static final String OWNER = "kirok_test_owner";

    /**
     * A new, empty database owned by an ordinary role; returns its URL as that role — the application then runs
     * without superuser powers, exactly as in production.
     */
    public static DatabaseUrl fresh() {
        Server current = server();
        String name = "kirok_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(current.url("postgres"),
                current.user().orElse(null), current.password().orElse(null));
             Statement statement = connection.createStatement()) {
            synchronized (TestDatabases.class) {
                if (!statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + OWNER + "'").next()) {
                    statement.execute("CREATE ROLE " + OWNER + " LOGIN NOSUPERUSER PASSWORD 'owner-in-tests-only'");
                }
            }
            statement.execute("CREATE DATABASE " + name + " OWNER " + OWNER);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + current.description() + ": "
                    + e.getMessage(), e);
        }
        return new DatabaseUrl(current.url(name), Optional.of(OWNER), Optional.of("owner-in-tests-only"));
    }

    /** A plain Jdbi on a URL (for tests acting outside the application, e.g. as an attacker). */
    public static org.jdbi.v3.core.Jdbi jdbi(DatabaseUrl url) {
        java.util.Properties properties = new java.util.Properties();
        url.user().ifPresent(u -> properties.setProperty("user", u));
        url.password().ifPresent(p -> properties.setProperty("password", p));
        return org.jdbi.v3.core.Jdbi.create(url.jdbcUrl(), properties);
    }

    /** The same database as its server's superuser: for tests that play an attacker with full access. */
    public static DatabaseUrl asSuperuser(DatabaseUrl url) {
        Server current = server();
        return new DatabaseUrl(url.jdbcUrl(), current.user(), current.password());
    }

    public static String description() {
        return server().description();
    }

    private static Server server() {
        if (server == null) {
            synchronized (TestDatabases.class) {
                if (server == null) {
                    server = start();
                }
            }
        }
        return server;
    }

    private static Server start() {
        String external = System.getenv("KIROK_TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            DatabaseUrl url = DatabaseUrl.parse(external);
            return new Server(url.jdbcUrl(), url.user(), url.password(), "external " + url);
        }
        try {
            Path directory = Files.createTempDirectory("kirok-test-pg");
            DataDirectory data = DataDirectory.create(directory);
            EmbeddedDatabase embedded = EmbeddedDatabase.start(data);
            // stopped and deleted at exit: each test JVM's cluster is about 2 GB, and a developer's
            // /tmp filled up with them (172 left by one day of test runs)
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                embedded.close();
                try {
                    data.delete();
                } catch (IOException e) {
                    System.err.println("could not delete the test database at " + directory + ": " + e.getMessage());
                }
            }, "test-pg-stop"));
            return new Server(embedded.jdbcUrl("postgres"), Optional.of("postgres"), Optional.empty(),
                    "embedded PostgreSQL 17 on port " + embedded.port());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
