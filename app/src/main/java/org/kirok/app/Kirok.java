package org.kirok.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.kirok.demo.DemoLoader;
import org.kirok.store.DataDirectory;
import org.kirok.store.Database;
import org.kirok.store.EmbeddedDatabase;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.KeyFile;
import org.kirok.web.WebServer;

/**
 * The one place where everything is wired by hand: database, vault, audit, security, every feature and the
 * web server. Commands and tests build the system through here, so they run exactly what production runs.
 */
public final class Kirok implements AutoCloseable {
    private final Settings settings;
    private final Optional<EmbeddedDatabase> embedded;
    private final Database database;
    private final Core core;
    private final Features features;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    private Kirok(Settings settings, Optional<EmbeddedDatabase> embedded, Database database, Core core) {
        this.settings = settings;
        this.embedded = embedded;
        this.database = database;
        this.core = core;
        this.features = Features.create(core);
        features.search().open(core.data()); // without updates: the server starts them, commands leave them
    }

    /** Starts (or connects to) PostgreSQL, migrates, opens the vault. */
    public static Kirok open(Settings settings) {
        DataDirectory data = DataDirectory.create(settings.dataDirectory());
        Optional<EmbeddedDatabase> embedded = Optional.empty();
        Database database;
        try {
            if (settings.databaseUrl().isPresent()) {
                var url = settings.databaseUrl().get();
                database = Database.open(url.jdbcUrl(), url.user(), url.password(), settings.durability());
            } else {
                EmbeddedDatabase server = EmbeddedDatabase.start(data);
                embedded = Optional.of(server);
                createDatabaseIfMissing(server);
                database = Database.open(server.jdbcUrl("kirok"), Optional.of("postgres"), Optional.empty(),
                        settings.durability());
            }
        } catch (RuntimeException e) {
            embedded.ifPresent(EmbeddedDatabase::close);
            throw e;
        }
        IdentityVault vault = new IdentityVault(KeyFile.loadOrCreate(settings.keyFile()));
        boolean demo = settings.demo() || DemoLoader.present(database.jdbi());
        return new Kirok(settings, embedded, database, Core.create(database.jdbi(), vault, data, demo));
    }

    private static void createDatabaseIfMissing(EmbeddedDatabase server) {
        try (Connection connection = server.dataSource("postgres").getConnection();
             Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'kirok'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE kirok");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database 'kirok': " + e.getMessage(), e);
        }
    }

    public Core core() {
        return core;
    }

    public Features features() {
        return features;
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }

    public Settings settings() {
        return settings;
    }

    /** Starts the web server with every feature's routes. */
    public WebServer serve(String host, int port) {
        WebServer server = WebServer.start(host, port, new WebServer.Dependencies(jdbi(), core.users(),
                core.sessions(), core.tokens(), core.templates(), features.web()));
        closeables.add(server);
        features.search().startUpdates(java.time.Duration.ofMillis(500));
        return server;
    }

    /** Stops the web server, then the pool, then PostgreSQL: nothing acknowledged is lost. */
    @Override
    public void close() {
        for (AutoCloseable closeable : closeables.reversed()) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // keep closing the rest
            }
        }
        features.search().close(); // commits what was indexed, before the database goes away
        database.close();
        embedded.ifPresent(EmbeddedDatabase::close);
    }

}
