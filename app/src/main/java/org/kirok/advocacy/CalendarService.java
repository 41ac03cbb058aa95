package org.kirok.advocacy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.security.User;
import org.kirok.store.NotFoundException;
import org.kirok.store.StaleEditException;

/** The calendar of UN deadlines and sessions: public facts, so shared by every user who reads records. Thread-safe. */
public final class CalendarService {
    private static final String SELECT = """
            SELECT id, kind, title, starts_on, ends_on, at_time, time_zone, description, url, version FROM calendar_entry""";

    private final Jdbi jdbi;
    private final AuditLog audit;

    public CalendarService(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    public UUID create(User user, CalendarEntry entry) {
        return jdbi.inTransaction(handle -> {
            UUID id = UUID.randomUUID();
            handle.createUpdate("""
                    INSERT INTO calendar_entry (id, kind, title, starts_on, ends_on, at_time, time_zone, description, url)
                    VALUES (:id, :kind, :title, :starts, :ends, :at, :zone, :description, :url)""")
                    .bind("id", id).bindMap(values(entry)).execute();
            audit.record(handle, user.actor(), "advocacy.calendar_added", "calendar_entry", id,
                    Map.of("kind", entry.kind().code(), "starts_on", entry.startsOn().toString()));
            return id;
        });
    }

    public void update(User user, UUID id, int expectedVersion, CalendarEntry entry) {
        jdbi.useTransaction(handle -> {
            int updated = handle.createUpdate("""
                    UPDATE calendar_entry SET kind = :kind, title = :title, starts_on = :starts, ends_on = :ends, at_time = :at,
                           time_zone = :zone, description = :description, url = :url, version = version + 1
                    WHERE id = :id AND version = :expected""")
                    .bind("id", id).bindMap(values(entry)).bind("expected", expectedVersion).execute();
            if (updated != 1) {
                throw new StaleEditException("calendar entry", id, expectedVersion);
            }
            audit.record(handle, user.actor(), "advocacy.calendar_updated", "calendar_entry", id,
                    Map.of("version", expectedVersion + 1));
        });
    }

    public void delete(User user, UUID id) {
        jdbi.useTransaction(handle -> {
            if (handle.createUpdate("DELETE FROM calendar_entry WHERE id = :id").bind("id", id).execute() != 1) {
                throw new NotFoundException("calendar entry");
            }
            audit.record(handle, user.actor(), "advocacy.calendar_deleted", "calendar_entry", id, Map.of());
        });
    }

    private static Map<String, Object> values(CalendarEntry e) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("kind", e.kind().code());
        values.put("title", e.title());
        values.put("starts", e.startsOn());
        values.put("ends", e.endsOn().orElse(null));
        values.put("at", e.atTime().orElse(null));
        values.put("zone", e.zone().map(Object::toString).orElse(null));
        values.put("description", e.description().orElse(null));
        values.put("url", e.url().orElse(null));
        return values;
    }

    public CalendarEntry entry(UUID id) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne()).orElseThrow(() -> new NotFoundException("calendar entry"));
    }

    /** Entries that overlap the window, in date order. */
    public List<CalendarEntry> between(LocalDate from, LocalDate to) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT
                        + " WHERE coalesce(ends_on, starts_on) >= :from AND starts_on <= :to ORDER BY starts_on, at_time, title")
                .bind("from", from).bind("to", to).map((rs, ctx) -> map(rs)).list());
    }

    private static CalendarEntry map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CalendarEntry(rs.getObject("id", UUID.class), CalendarKind.parse(rs.getString("kind")),
                rs.getString("title"), rs.getObject("starts_on", LocalDate.class),
                Optional.ofNullable(rs.getObject("ends_on", LocalDate.class)),
                Optional.ofNullable(rs.getObject("at_time", LocalTime.class)),
                CalendarEntry.zone(Optional.ofNullable(rs.getString("time_zone"))),
                Optional.ofNullable(rs.getString("description")), Optional.ofNullable(rs.getString("url")),
                rs.getInt("version"));
    }
}
