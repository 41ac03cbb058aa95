package org.kirok.app;

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
        closeables.add(features.analysis().jobs());
        features.search().open(core.data()); // without updates: the server starts them, commands leave them
    }

    /** Starts (or connects to) PostgreSQL, migrates, opens the vault. */
    public static Kirok open(Settings settings) {
        DataDirectory data = DataDirectory.create(settings.dataDirectory());
        Storage storage = Storage.open(settings, data);
        try {
            IdentityVault vault = new IdentityVault(KeyFile.loadOrCreate(settings.keyFile()));
            boolean demo = settings.demo() || DemoLoader.present(storage.database().jdbi());
            return new Kirok(settings, storage.embedded(), storage.database(),
                    Core.create(storage.database().jdbi(), vault, data, settings.keyFile(), demo));
        } catch (RuntimeException e) {
            storage.close();
            throw e;
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
                core.sessions(), core.tokens(), core.access(), core.templates(), features.web()));
        closeables.add(server);
        features.search().startUpdates(java.time.Duration.ofMillis(500));
        // the dashboard's index of acts loads in the background, so that the first dashboard does not wait for it
        Thread.ofVirtual().name("kirok-dashboard-index").start(() -> {
            try {
                features.dashboards().index().refresh();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Kirok.class).warn("dashboard index not loaded yet: {}", e.getMessage());
            }
        });
        return server;
    }

    /**
     * Starts a second web server with the public portal alone (no login, no staff page, no API), so that it can
     * face the internet while the staff server stays on an internal address.
     */
    public WebServer servePublicPortal(String host, int port) {
        WebServer server = WebServer.start(host, port, new WebServer.Dependencies(jdbi(), core.users(),
                core.sessions(), core.tokens(), core.access(), core.templates(), features.publicWeb()));
        closeables.add(server);
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
