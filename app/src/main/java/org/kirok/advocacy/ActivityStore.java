package org.kirok.advocacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.store.StaleEditException;

/** The SQL of advocacy activities and their links. */
final class ActivityStore {

    /** An activity as stored, before its links are added. */
    record Row(UUID id, ActivityKind kind, String title, LocalDate heldOn, Optional<String> location,
               Optional<String> officials, Optional<String> outcome, Optional<String> url, Optional<String> archivedTitle,
               List<String> themes, List<String> recommendations, Optional<UUID> followsId, Optional<String> followsTitle,
               Optional<UUID> organisationId, String confidentiality, int version) {
    }

    private static final String SELECT = """
            SELECT a.id, a.kind, a.title, a.held_on, a.location, a.officials, a.outcome, a.url, a.archived_title,
                   a.themes, a.recommendations, a.follows_id, f.title AS follows_title, a.organisation_id,
                   a.confidentiality, a.version
            FROM advocacy_activity a LEFT JOIN advocacy_activity f ON f.id = a.follows_id""";

    void insert(Handle handle, UUID id, ActivityDraft d, Optional<UUID> by) {
        handle.createUpdate("""
                INSERT INTO advocacy_activity (id, kind, title, held_on, location, officials, outcome, url, archived_title,
                       themes, recommendations, follows_id, organisation_id, confidentiality, created_by)
                VALUES (:id, :kind, :title, :held, :location, :officials, :outcome, :url, :archived, :themes,
                        :recommendations, :follows, :org, :conf, :by)""")
                .bind("id", id).bindMap(values(d)).bindArray("themes", String.class, d.themes())
                .bindArray("recommendations", String.class, d.recommendations()).bind("by", by.orElse(null)).execute();
        links(handle, id, d);
    }

    void update(Handle handle, UUID id, int expectedVersion, ActivityDraft d) {
        int updated = handle.createUpdate("""
                UPDATE advocacy_activity SET kind = :kind, title = :title, held_on = :held, location = :location,
                       officials = :officials, outcome = :outcome, url = :url, archived_title = :archived,
                       themes = :themes, recommendations = :recommendations, follows_id = :follows,
                       organisation_id = :org, confidentiality = :conf, version = version + 1, updated_at = now()
                WHERE id = :id AND version = :expected""")
                .bind("id", id).bindMap(values(d)).bindArray("themes", String.class, d.themes())
                .bindArray("recommendations", String.class, d.recommendations()).bind("expected", expectedVersion)
                .execute();
        if (updated != 1) {
            throw new StaleEditException("activity", id, expectedVersion);
        }
        for (String table : List.of("advocacy_activity_organisation", "advocacy_activity_person", "advocacy_activity_case")) {
            handle.createUpdate("DELETE FROM " + table + " WHERE activity_id = :id").bind("id", id).execute();
        }
        links(handle, id, d);
    }

    private static void links(Handle handle, UUID id, ActivityDraft d) {
        for (ActivityDraft.OrganisationLink link : d.organisations()) {
            handle.createUpdate("""
                    INSERT INTO advocacy_activity_organisation (activity_id, organisation_id, role) VALUES (:a, :o, :r)
                    ON CONFLICT DO NOTHING""")
                    .bind("a", id).bind("o", link.organisationId()).bind("r", link.role().code()).execute();
        }
        for (ActivityDraft.PersonLink link : d.persons()) {
            handle.createUpdate("""
                    INSERT INTO advocacy_activity_person (activity_id, person_id, role) VALUES (:a, :p, :r)
                    ON CONFLICT DO NOTHING""")
                    .bind("a", id).bind("p", link.personId()).bind("r", link.role().code()).execute();
        }
        for (UUID caseId : d.caseIds()) {
            handle.createUpdate("INSERT INTO advocacy_activity_case (activity_id, case_id) VALUES (:a, :c) ON CONFLICT DO NOTHING")
                    .bind("a", id).bind("c", caseId).execute();
        }
    }

    private static Map<String, Object> values(ActivityDraft d) {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", d.kind().code());
        values.put("title", d.title());
        values.put("held", d.heldOn());
        values.put("location", d.location().orElse(null));
        values.put("officials", d.officials().orElse(null));
        values.put("outcome", d.outcome().orElse(null));
        values.put("url", d.url().orElse(null));
        values.put("archived", d.archivedTitle().orElse(null));
        values.put("follows", d.followsId().orElse(null));
        values.put("org", d.organisationId().orElse(null));
        values.put("conf", d.confidentiality().code());
        return values;
    }

    Optional<Row> find(Handle handle, UUID id, String visibleSql) {
        return handle.createQuery(SELECT + " WHERE a.id = :id AND " + visibleSql).bind("id", id)
                .map((rs, ctx) -> row(rs)).findOne();
    }

    /** Activities filtered by kind, organisation (any role), theme, urgent case; newest first. */
    List<Row> list(Handle handle, String visibleSql, ActivityFilter filter, int offset, int limit) {
        return filter.bind(handle.createQuery(SELECT + " WHERE " + visibleSql + filter.where()
                + " ORDER BY a.held_on DESC, a.created_at DESC LIMIT :limit OFFSET :offset"))
                .bind("limit", limit).bind("offset", offset).map((rs, ctx) -> row(rs)).list();
    }

    long count(Handle handle, String visibleSql, ActivityFilter filter) {
        return filter.bind(handle.createQuery("SELECT count(*) FROM advocacy_activity a WHERE " + visibleSql
                + filter.where())).mapTo(Long.class).one();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), ActivityKind.parse(rs.getString("kind")), rs.getString("title"),
                rs.getObject("held_on", LocalDate.class), Optional.ofNullable(rs.getString("location")),
                Optional.ofNullable(rs.getString("officials")), Optional.ofNullable(rs.getString("outcome")),
                Optional.ofNullable(rs.getString("url")), Optional.ofNullable(rs.getString("archived_title")),
                Arrays.asList((String[]) rs.getArray("themes").getArray()),
                Arrays.asList((String[]) rs.getArray("recommendations").getArray()),
                Optional.ofNullable(rs.getObject("follows_id", UUID.class)), Optional.ofNullable(rs.getString("follows_title")),
                Optional.ofNullable(rs.getObject("organisation_id", UUID.class)), rs.getString("confidentiality"),
                rs.getInt("version"));
    }

    List<Activity.Organisation> organisations(Handle handle, UUID id) {
        return handle.createQuery("""
                SELECT o.id, o.name_en, l.role FROM advocacy_activity_organisation l JOIN organisation o ON o.id = l.organisation_id
                WHERE l.activity_id = :id ORDER BY l.role, o.name_en""").bind("id", id)
                .map((rs, ctx) -> new Activity.Organisation(rs.getObject(1, UUID.class), rs.getString(2),
                        Participation.parse(rs.getString(3)))).list();
    }

    List<Map.Entry<UUID, PersonRole>> persons(Handle handle, UUID id) {
        return handle.createQuery("SELECT person_id, role FROM advocacy_activity_person WHERE activity_id = :id ORDER BY role, person_id")
                .bind("id", id).map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), PersonRole.parse(rs.getString(2))))
                .list();
    }

    /** The linked urgent cases the user may see (visibleSql over alias c). */
    List<Activity.CaseRef> cases(Handle handle, UUID id, String visibleSql) {
        return handle.createQuery("""
                SELECT c.id, c.code FROM advocacy_activity_case l JOIN urgent_case c ON c.id = l.case_id
                WHERE l.activity_id = :id AND """ + visibleSql + " ORDER BY c.code").bind("id", id)
                .map((rs, ctx) -> new Activity.CaseRef(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    boolean exists(Handle handle, String table, UUID id) {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE id = :id)").bind("id", id)
                .mapTo(Boolean.class).one();
    }
}
