package org.kirok.upr;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.kirok.store.StaleEditException;

/** The SQL of sessions and reviews. */
final class ReviewStore {
    private static final String REVIEW = "SELECT v.id, v.state_code, v.session, s.cycle, v.review_date, v.adoption_date, "
            + "v.report_symbol, v.notes, v.version FROM upr_review v JOIN upr_session s ON s.number = v.session";
    private static final String SESSION = "SELECT number, cycle, starts_on, ends_on, submission_deadline, notes, version "
            + "FROM upr_session";

    List<Review> reviews(Handle handle, Optional<String> state) {
        var query = handle.createQuery(REVIEW + state.map(s -> " WHERE v.state_code = :state").orElse("")
                + " ORDER BY v.state_code, v.session");
        state.ifPresent(s -> query.bind("state", s));
        return query.map(ReviewStore::mapReview).list();
    }

    Optional<Review> review(Handle handle, String state, int session) {
        return handle.createQuery(REVIEW + " WHERE v.state_code = :state AND v.session = :session")
                .bind("state", state).bind("session", session).map(ReviewStore::mapReview).findOne();
    }

    Optional<Review> review(Handle handle, UUID id) {
        return handle.createQuery(REVIEW + " WHERE v.id = :id").bind("id", id).map(ReviewStore::mapReview).findOne();
    }

    /** The most recent review of the state on or before the day. */
    Optional<Review> lastReview(Handle handle, String state, LocalDate onOrBefore) {
        return handle.createQuery(REVIEW + " WHERE v.state_code = :state AND v.review_date <= :day "
                        + "ORDER BY v.review_date DESC LIMIT 1")
                .bind("state", state).bind("day", onOrBefore).map(ReviewStore::mapReview).findOne();
    }

    /** The review before the given session's, for the period a submission covers. */
    Optional<Review> previousReview(Handle handle, String state, int session) {
        return handle.createQuery(REVIEW + " WHERE v.state_code = :state AND v.session < :session "
                        + "ORDER BY v.session DESC LIMIT 1")
                .bind("state", state).bind("session", session).map(ReviewStore::mapReview).findOne();
    }

    void upsertReview(Handle handle, String state, int session, Optional<LocalDate> reviewDate,
                      Optional<LocalDate> adoptionDate, Optional<String> symbol, Optional<String> notes) {
        handle.createUpdate("""
                INSERT INTO upr_review (id, state_code, session, review_date, adoption_date, report_symbol, notes)
                VALUES (:id, :state, :session, :review, :adoption, :symbol, :notes)
                ON CONFLICT (state_code, session) DO UPDATE SET review_date = EXCLUDED.review_date,
                       adoption_date = EXCLUDED.adoption_date, report_symbol = EXCLUDED.report_symbol,
                       notes = EXCLUDED.notes, version = upr_review.version + 1""")
                .bind("id", UUID.randomUUID()).bind("state", state).bind("session", session)
                .bind("review", reviewDate.orElse(null)).bind("adoption", adoptionDate.orElse(null))
                .bind("symbol", symbol.orElse(null)).bind("notes", notes.orElse(null)).execute();
    }

    List<Session> sessions(Handle handle) {
        return handle.createQuery(SESSION + " ORDER BY number").map(ReviewStore::mapSession).list();
    }

    Optional<Session> session(Handle handle, int number) {
        return handle.createQuery(SESSION + " WHERE number = :n").bind("n", number).map(ReviewStore::mapSession).findOne();
    }

    void updateSession(Handle handle, Session session, int expectedVersion) {
        int updated = handle.createUpdate("""
                UPDATE upr_session SET starts_on = :starts, ends_on = :ends, submission_deadline = :deadline,
                       notes = :notes, version = version + 1 WHERE number = :n AND version = :expected""")
                .bind("starts", session.startsOn().orElse(null)).bind("ends", session.endsOn().orElse(null))
                .bind("deadline", session.submissionDeadline().map(Timestamp::from).orElse(null))
                .bind("notes", session.notes().orElse(null)).bind("n", session.number())
                .bind("expected", expectedVersion).execute();
        if (updated != 1) {
            throw new StaleEditException("UPR session", session.number(), expectedVersion);
        }
    }

    private static Review mapReview(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Review(rs.getObject("id", UUID.class), rs.getString("state_code"), rs.getInt("session"),
                rs.getInt("cycle"), Optional.ofNullable(rs.getObject("review_date", LocalDate.class)),
                Optional.ofNullable(rs.getObject("adoption_date", LocalDate.class)),
                Optional.ofNullable(rs.getString("report_symbol")), Optional.ofNullable(rs.getString("notes")),
                rs.getInt("version"));
    }

    private static Session mapSession(ResultSet rs, StatementContext ctx) throws SQLException {
        Timestamp deadline = rs.getTimestamp("submission_deadline");
        return new Session(rs.getInt("number"), rs.getInt("cycle"),
                Optional.ofNullable(rs.getObject("starts_on", LocalDate.class)),
                Optional.ofNullable(rs.getObject("ends_on", LocalDate.class)),
                Optional.ofNullable(deadline).map(Timestamp::toInstant), Optional.ofNullable(rs.getString("notes")),
                rs.getInt("version"));
    }
}
