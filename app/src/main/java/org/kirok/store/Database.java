package org.kirok.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.postgres.PostgresPlugin;

/**
 * The connection pool, the schema (Flyway migrations, only from {@code db/migration}) and Jdbi.
 * Thread-safe.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final Jdbi jdbi;

    private Database(HikariDataSource pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool).installPlugin(new PostgresPlugin());
        // queries add filter clauses conditionally; their parameters may then go unused
        this.jdbi.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
    }

    /** Connects, checks durability settings, migrates the schema. */
    public static Database open(String jdbcUrl, Optional<String> user, Optional<String> password,
                                DurabilityCheck.Policy durability) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        user.ifPresent(config::setUsername);
        password.ifPresent(config::setPassword);
        config.setPoolName("kirok");
        config.setMaximumPoolSize(10);
        config.setConnectionTimeout(30_000);
        config.setAutoCommit(true);
        config.addDataSourceProperty("ApplicationName", "kirok");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            DurabilityCheck.verify(pool, durability);
            migrate(pool);
            return new Database(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
    }
}
