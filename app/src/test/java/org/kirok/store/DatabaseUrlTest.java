package org.kirok.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void reads_the_libpq_form_with_credentials_and_port() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://kirok:s%40cret@db.example.org:5433/evidence");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5433/evidence");
        assertThat(url.user()).contains("kirok");
        assertThat(url.password()).contains("s@cret");
        assertThat(url.toString()).doesNotContain("s@cret").doesNotContain("cret");
    }

    @Test
    void defaults_the_port_and_keeps_query_parameters() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u@localhost/db?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/db?sslmode=require");
        assertThat(url.password()).isEmpty();
    }

    @Test
    void passes_the_jdbc_form_through() {
        assertThat(DatabaseUrl.parse("jdbc:postgresql://127.0.0.1:5432/kirok?user=a&password=b").jdbcUrl())
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/kirok?user=a&password=b");
        assertThat(DatabaseUrl.parse("jdbc:postgresql://h/db?password=topsecret").toString()).doesNotContain("topsecret");
    }

    @Test
    void refuses_other_schemes_without_echoing_the_password() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://root:hunter2@h/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgresql://")
                .hasMessageNotContaining("hunter2");
    }
}
