package org.kirok.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.store.Confidentiality;
import org.kirok.store.StaleEditException;

/** The SQL of submissions, their submitters and their saved versions. */
final class SubmissionStore {
    private static final String SELECT = """
            SELECT s.id, s.title, s.state_code, s.session, n.cycle, s.kind, s.language, s.word_limit, s.period_from,
                   s.body, s.organisation_id, s.confidentiality, s.version, s.updated_at
            FROM upr_submission s JOIN upr_session n ON n.number = s.session""";

    List<Submission> list(Handle handle, String visibleSql) {
        return handle.createQuery(SELECT + " WHERE " + visibleSql + " ORDER BY s.updated_at DESC")
                .map((rs, ctx) -> map(rs, submitters(handle, rs.getObject("id", UUID.class)))).list();
    }

    Optional<Submission> one(Handle handle, UUID id, String visibleSql) {
        return handle.createQuery(SELECT + " WHERE s.id = :id AND " + visibleSql).bind("id", id)
                .map((rs, ctx) -> map(rs, submitters(handle, id))).findOne();
    }

    void insert(Handle handle, UUID id, SubmissionDraft draft, String state, String body, Optional<UUID> organisation,
                Optional<UUID> user) {
        handle.createUpdate("""
                INSERT INTO upr_submission (id, title, state_code, session, kind, language, word_limit, period_from,
                       body, organisation_id, confidentiality, created_by)
                VALUES (:id, :title, :state, :session, :kind, :language, :limit, :from, :body, :org, :conf, :user)""")
                .bind("id", id).bind("title", draft.title()).bind("state", state).bind("session", draft.session())
                .bind("kind", draft.kind().code()).bind("language", draft.language())
                .bind("limit", draft.wordLimit().orElse(null)).bind("from", draft.periodFrom().orElse(null))
                .bind("body", body).bind("org", organisation.orElse(null)).bind("conf", draft.confidentiality().code())
                .bind("user", user.orElse(null)).execute();
    }

    void updateSettings(Handle handle, UUID id, int expectedVersion, SubmissionDraft draft, String state) {
        int updated = handle.createUpdate("""
                UPDATE upr_submission SET title = :title, state_code = :state, session = :session, kind = :kind,
                       language = :language, word_limit = :limit, period_from = :from, confidentiality = :conf,
                       version = version + 1, updated_at = now()
                WHERE id = :id AND version = :expected""")
                .bind("title", draft.title()).bind("state", state).bind("session", draft.session())
                .bind("kind", draft.kind().code()).bind("language", draft.language())
                .bind("limit", draft.wordLimit().orElse(null)).bind("from", draft.periodFrom().orElse(null))
                .bind("conf", draft.confidentiality().code()).bind("id", id).bind("expected", expectedVersion).execute();
        stale(updated, id, expectedVersion);
    }

    void updateBody(Handle handle, UUID id, int expectedVersion, String body) {
        int updated = handle.createUpdate("""
                UPDATE upr_submission SET body = :body, version = version + 1, updated_at = now()
                WHERE id = :id AND version = :expected""")
                .bind("body", body).bind("id", id).bind("expected", expectedVersion).execute();
        stale(updated, id, expectedVersion);
    }

    void saveVersion(Handle handle, UUID id, int number, String title, String body, int words, UUID user) {
        handle.createUpdate("""
                INSERT INTO upr_submission_version (submission_id, number, title, body, words, saved_by)
                VALUES (:id, :number, :title, :body, :words, :user)""")
                .bind("id", id).bind("number", number).bind("title", title).bind("body", body).bind("words", words)
                .bind("user", user).execute();
    }

    List<SubmissionVersion> versions(Handle handle, UUID id) {
        return handle.createQuery("""
                SELECT v.number, v.title, v.body, v.words, u.username, v.saved_at FROM upr_submission_version v
                LEFT JOIN app_user u ON u.id = v.saved_by WHERE v.submission_id = :id ORDER BY v.number DESC""")
                .bind("id", id).map((rs, ctx) -> new SubmissionVersion(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4), Optional.ofNullable(rs.getString(5)), rs.getTimestamp(6).toInstant())).list();
    }

    private static List<Submitter> submitters(Handle handle, UUID id) {
        return handle.createQuery("""
                SELECT o.id, o.name_en, o.name_ko, o.abbreviation FROM upr_submission_organisation x
                JOIN organisation o ON o.id = x.organisation_id WHERE x.submission_id = :id ORDER BY x.position""")
                .bind("id", id).map((rs, ctx) -> new Submitter(rs.getObject(1, UUID.class), rs.getString(2),
                        Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)))).list();
    }

    private static Submission map(ResultSet rs, List<Submitter> submitters) throws SQLException {
        int limit = rs.getInt("word_limit");
        Optional<Integer> wordLimit = rs.wasNull() ? Optional.empty() : Optional.of(limit);
        return new Submission(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("state_code"),
                rs.getInt("session"), rs.getInt("cycle"), SubmissionKind.parse(rs.getString("kind")),
                rs.getString("language"), wordLimit, Optional.ofNullable(rs.getObject("period_from", LocalDate.class)),
                rs.getString("body"), submitters, Optional.ofNullable(rs.getObject("organisation_id", UUID.class)),
                Confidentiality.parse(rs.getString("confidentiality")), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static void stale(int updated, UUID id, int expectedVersion) {
        if (updated != 1) {
            throw new StaleEditException("submission", id, expectedVersion);
        }
    }
}
