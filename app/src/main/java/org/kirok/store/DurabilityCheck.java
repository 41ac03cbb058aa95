package org.kirok.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses to run on a PostgreSQL that may lose acknowledged writes in a crash: fsync, synchronous_commit
 * and full_page_writes must be on. An operator may override (for a throw-away test server) and gets a loud
 * warning instead.
 */
public final class DurabilityCheck {
    private static final Logger log = LoggerFactory.getLogger(DurabilityCheck.class);

    public enum Policy { REFUSE_UNSAFE, WARN_ONLY }

    private DurabilityCheck() {
    }

    /** The unsafe settings found, as {@code name=value}; empty when the server is safe. */
    public static List<String> unsafeSettings(DataSource dataSource) {
        List<String> unsafe = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
                    result.next();
                    String value = result.getString(1);
                    if (value.equalsIgnoreCase("off")) {
                        unsafe.add(setting + "=" + value);
                    }
                }
            }
            return unsafe;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read PostgreSQL settings: " + e.getMessage(), e);
        }
    }

    static void verify(DataSource dataSource, Policy policy) {
        List<String> unsafe = unsafeSettings(dataSource);
        if (unsafe.isEmpty()) {
            return;
        }
        String message = "PostgreSQL may lose acknowledged writes in a crash: " + String.join(", ", unsafe)
                + ". Turn these settings on in postgresql.conf";
        if (policy == Policy.REFUSE_UNSAFE) {
            throw new IllegalStateException(message + ", or start Kirok with --allow-unsafe-durability "
                    + "(only for throw-away data).");
        }
        log.warn("!!! {} !!! (running anyway: --allow-unsafe-durability)", message);
    }
}
