package org.kirok.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.kirok.store.StaleEditException;

/** SQL for staff accounts. The only class that reads or writes {@code app_user}. */
public final class UserStore {
    private static final String COLUMNS = """
            id, username, display_name, role, organisation_id, locale, must_change_password,
            totp_secret_enc IS NOT NULL AS totp_enabled, disabled, version""";

    public record NewUser(UUID id, String username, String displayName, Role role, Optional<UUID> organisationId,
                          String locale, String passwordHash, boolean mustChangePassword) {
    }

    public void insert(Handle handle, NewUser user) {
        handle.createUpdate("""
                INSERT INTO app_user (id, username, display_name, role, organisation_id, locale, password_hash,
                                      must_change_password)
                VALUES (:id, :username, :displayName, :role, :org, :locale, :hash, :mustChange)""")
                .bind("id", user.id()).bind("username", user.username()).bind("displayName", user.displayName())
                .bind("role", user.role().code()).bind("org", user.organisationId().orElse(null))
                .bind("locale", user.locale()).bind("hash", user.passwordHash())
                .bind("mustChange", user.mustChangePassword())
                .execute();
    }

    public Optional<User> byId(Handle handle, UUID id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE id = :id")
                .bind("id", id).map(UserStore::map).findOne();
    }

    public Optional<User> byUsername(Handle handle, String username) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE username = :username")
                .bind("username", username).map(UserStore::map).findOne();
    }

    public Optional<String> passwordHash(Handle handle, UUID id) {
        return handle.createQuery("SELECT password_hash FROM app_user WHERE id = :id")
                .bind("id", id).mapTo(String.class).findOne();
    }

    public List<User> all(Handle handle) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM app_user ORDER BY username")
                .map(UserStore::map).list();
    }

    public boolean any(Handle handle) {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM app_user)").mapTo(Boolean.class).one();
    }

    public void setPassword(Handle handle, UUID id, String hash, boolean mustChange) {
        handle.createUpdate("""
                UPDATE app_user SET password_hash = :hash, must_change_password = :mustChange,
                       version = version + 1, updated_at = :now WHERE id = :id""")
                .bind("hash", hash).bind("mustChange", mustChange).bind("now", Instant.now()).bind("id", id)
                .execute();
    }

    public void update(Handle handle, User user, int expectedVersion) {
        int rows = handle.createUpdate("""
                UPDATE app_user SET display_name = :displayName, role = :role, organisation_id = :org,
                       locale = :locale, disabled = :disabled, version = version + 1, updated_at = :now
                WHERE id = :id AND version = :version""")
                .bind("displayName", user.displayName()).bind("role", user.role().code())
                .bind("org", user.organisationId().orElse(null)).bind("locale", user.locale())
                .bind("disabled", user.disabled()).bind("now", Instant.now())
                .bind("id", user.id()).bind("version", expectedVersion)
                .execute();
        if (rows != 1) {
            throw new StaleEditException("user", user.username(), expectedVersion);
        }
    }

    public void setLocale(Handle handle, UUID id, String locale) {
        handle.createUpdate("UPDATE app_user SET locale = :locale WHERE id = :id")
                .bind("locale", locale).bind("id", id).execute();
    }

    private static User map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new User(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                Role.parse(rs.getString("role")), Optional.ofNullable(rs.getObject("organisation_id", UUID.class)),
                rs.getString("locale"), rs.getBoolean("must_change_password"), rs.getBoolean("totp_enabled"),
                rs.getBoolean("disabled"), rs.getInt("version"));
    }
}
