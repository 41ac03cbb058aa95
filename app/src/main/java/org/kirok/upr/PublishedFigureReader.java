package org.kirok.upr;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Reads the imported reference figures of a state's review or cycle. Thread-safe. */
public final class PublishedFigureReader {
    private final Jdbi jdbi;

    public PublishedFigureReader(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<PublishedFigure> figures(String state, Optional<Integer> session, Optional<Integer> cycle) {
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery("""
                    SELECT check_id, metric, value, cycle, sessions, review_date, counting_basis, source, source_url,
                           confidence, note
                    FROM upr_published_figure WHERE state_code = :state
                      AND (CAST(:session AS int) IS NULL OR session = :session)
                      AND (CAST(:cycle AS text) IS NULL OR cycle = :cycle
                           OR session IN (SELECT number FROM upr_session WHERE cycle::text = :cycle))
                    ORDER BY check_id""")
                    .bind("state", state).bind("session", session.orElse(null))
                    .bind("cycle", cycle.map(String::valueOf).orElse(null));
            return query.map((rs, ctx) -> new PublishedFigure(rs.getString("check_id"), rs.getString("metric"),
                    rs.getString("value"), text(rs.getString("cycle")), text(rs.getString("sessions")),
                    text(rs.getString("review_date")), text(rs.getString("counting_basis")), text(rs.getString("source")),
                    text(rs.getString("source_url")), text(rs.getString("confidence")), text(rs.getString("note")))).list();
        });
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).filter(s -> !s.isBlank());
    }
}
