package org.kirok.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.kirok.store.DataDirectory;
import org.kirok.store.Database;
import org.kirok.store.EmbeddedDatabase;

/**
 * The database of an installation, opened and migrated: the embedded PostgreSQL under the data directory, or the
 * one {@code KIROK_DATABASE_URL} names. Commands that need only the database (audit verify, backup) open this
 * without the vault.
 */
public record Storage(Optional<EmbeddedDatabase> embedded, Database database) implements AutoCloseable {
    static final String APPLICATION_ROLE = "kirok";

    public static Storage open(Settings settings, DataDirectory data) {
        Optional<EmbeddedDatabase> embedded = Optional.empty();
        try {
            if (settings.databaseUrl().isPresent()) {
                var url = settings.databaseUrl().get();
                return new Storage(embedded, Database.open(url.jdbcUrl(), url.user(), url.password(), settings.durability()));
            }
            EmbeddedDatabase server = EmbeddedDatabase.start(data);
            embedded = Optional.of(server);
            createDatabaseIfMissing(server);
            return new Storage(embedded, Database.open(server.jdbcUrl("kirok"), Optional.of(APPLICATION_ROLE),
                    Optional.empty(), settings.durability()));
        } catch (RuntimeException e) {
            embedded.ifPresent(EmbeddedDatabase::close);
            throw e;
        }
    }

    /**
     * The embedded cluster's superuser only creates the application's own role and database: Kirok then works as
     * that ordinary role, which owns the schema but cannot alter the audit log (privileges revoked in V7) — a
     * superuser would ignore that.
     */
    private static void createDatabaseIfMissing(EmbeddedDatabase server) {
        try (Connection connection = server.dataSource("postgres").getConnection();
             Statement statement = connection.createStatement()) {
            var role = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + APPLICATION_ROLE + "'");
            if (!role.next()) {
                statement.execute("CREATE ROLE " + APPLICATION_ROLE + " LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB");
            }
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'kirok'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE kirok OWNER " + APPLICATION_ROLE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database 'kirok': " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        database.close();
        embedded.ifPresent(EmbeddedDatabase::close);
    }
}
