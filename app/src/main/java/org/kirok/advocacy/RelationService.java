package org.kirok.advocacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.security.User;
import org.kirok.store.ConflictException;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;

/**
 * Memberships of coalitions and partnerships between organisations (reference data like the organisations
 * themselves, so readable by every user who reads records). Every change audited. Thread-safe.
 */
public final class RelationService {
    private static final String SELECT = """
            SELECT r.id, r.group_id, g.name_en AS group_name, r.member_id, m.name_en AS member_name, r.kind, r.since,
                   r.until, r.notes
            FROM organisation_relation r JOIN organisation g ON g.id = r.group_id JOIN organisation m ON m.id = r.member_id""";

    private final Jdbi jdbi;
    private final AuditLog audit;

    public RelationService(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    public UUID add(User user, UUID groupId, UUID memberId, RelationKind kind, Optional<LocalDate> since,
                    Optional<LocalDate> until, Optional<String> notes) {
        if (groupId.equals(memberId)) {
            throw new InvalidInputException("member_id", "an organisation cannot be its own member or partner");
        }
        if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
            throw new InvalidInputException("until", "until (" + until.get() + ") lies before since (" + since.get() + ")");
        }
        Optional<String> text = notes.map(String::strip).filter(s -> !s.isEmpty());
        text.filter(t -> t.length() > 2000).ifPresent(t -> {
            throw new InvalidInputException("notes", "notes are at most 2000 characters");
        });
        return jdbi.inTransaction(handle -> {
            for (UUID id : List.of(groupId, memberId)) {
                boolean exists = handle.createQuery("SELECT EXISTS (SELECT 1 FROM organisation WHERE id = :id)")
                        .bind("id", id).mapTo(Boolean.class).one();
                if (!exists) {
                    throw new InvalidInputException(id.equals(groupId) ? "group_id" : "member_id",
                            "the organisation " + id + " does not exist");
                }
            }
            UUID id = UUID.randomUUID();
            int inserted = handle.createUpdate("""
                    INSERT INTO organisation_relation (id, group_id, member_id, kind, since, until, notes)
                    VALUES (:id, :group, :member, :kind, :since, :until, :notes) ON CONFLICT DO NOTHING""")
                    .bind("id", id).bind("group", groupId).bind("member", memberId).bind("kind", kind.code())
                    .bind("since", since.orElse(null)).bind("until", until.orElse(null)).bind("notes", text.orElse(null))
                    .execute();
            if (inserted != 1) {
                throw new ConflictException("relation_exists", "this organisation is already recorded as "
                        + kind.code() + " there");
            }
            audit.record(handle, user.actor(), "advocacy.relation_added", "organisation", groupId,
                    Map.of("member", memberId.toString(), "kind", kind.code()));
            return id;
        });
    }

    public void remove(User user, UUID id) {
        jdbi.useTransaction(handle -> {
            Relation relation = find(handle, id).orElseThrow(() -> new NotFoundException("membership"));
            handle.createUpdate("DELETE FROM organisation_relation WHERE id = :id").bind("id", id).execute();
            audit.record(handle, user.actor(), "advocacy.relation_removed", "organisation", relation.groupId(),
                    Map.of("member", relation.memberId().toString(), "kind", relation.kind().code()));
        });
    }

    private Optional<Relation> find(org.jdbi.v3.core.Handle handle, UUID id) {
        return handle.createQuery(SELECT + " WHERE r.id = :id").bind("id", id).map((rs, ctx) -> map(rs)).findOne();
    }

    /** The members and partners of an organisation (it is the group). */
    public List<Relation> members(UUID groupId) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE r.group_id = :id ORDER BY r.kind, m.name_en")
                .bind("id", groupId).map((rs, ctx) -> map(rs)).list());
    }

    /** The coalitions an organisation belongs to and whose partner it is. */
    public List<Relation> memberships(UUID memberId) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE r.member_id = :id ORDER BY r.kind, g.name_en")
                .bind("id", memberId).map((rs, ctx) -> map(rs)).list());
    }

    private static Relation map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Relation(rs.getObject("id", UUID.class), rs.getObject("group_id", UUID.class), rs.getString("group_name"),
                rs.getObject("member_id", UUID.class), rs.getString("member_name"), RelationKind.parse(rs.getString("kind")),
                Optional.ofNullable(rs.getObject("since", LocalDate.class)),
                Optional.ofNullable(rs.getObject("until", LocalDate.class)), Optional.ofNullable(rs.getString("notes")));
    }
}
