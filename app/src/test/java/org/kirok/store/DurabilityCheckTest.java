package org.kirok.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.kirok.testing.TestDatabases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("store")
class DurabilityCheckTest {

    @Test
    void the_test_server_is_durable_and_passes_the_check() {
        DatabaseUrl url = TestDatabases.fresh();
        try (Database database = Database.open(url.jdbcUrl(), url.user(), url.password(), DurabilityCheck.Policy.REFUSE_UNSAFE)) {
            assertThat(DurabilityCheck.unsafeSettings(database.dataSource())).isEmpty();
        }
    }

    @Test
    void refuses_a_server_whose_role_turns_synchronous_commit_off_unless_overridden() throws Exception {
        DatabaseUrl url = TestDatabases.fresh();
        String database = url.jdbcUrl().substring(url.jdbcUrl().lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        try (Connection connection = DriverManager.getConnection(url.jdbcUrl(), url.user().orElse(null), url.password().orElse(null));
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE " + database + " SET synchronous_commit = off");
        }
        assertThatThrownBy(() -> Database.open(url.jdbcUrl(), url.user(), url.password(), DurabilityCheck.Policy.REFUSE_UNSAFE))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("synchronous_commit=off")
                .hasMessageContaining("--allow-unsafe-durability");
        try (Database opened = Database.open(url.jdbcUrl(), url.user(), url.password(), DurabilityCheck.Policy.WARN_ONLY)) {
            assertThat(DurabilityCheck.unsafeSettings(opened.dataSource())).containsExactly("synchronous_commit=off");
        }
    }
}
