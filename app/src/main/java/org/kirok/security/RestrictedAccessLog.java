package org.kirok.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;

/**
 * Every authorization decision on a restricted record — let in or turned away — goes into the audit log, in its own
 * transaction before the record is read, so a refusal is recorded although the request then fails with 404. An
 * insider probing for restricted cases leaves a trail; nothing of the record is logged but its table and id.
 * Stateless and thread-safe.
 */
public final class RestrictedAccessLog {
    private static final Set<String> TABLES = Set.of("person", "source", "act", "event");

    private final Jdbi jdbi;
    private final AccessPolicy access;
    private final AuditLog audit;

    public RestrictedAccessLog(Jdbi jdbi, AccessPolicy access, AuditLog audit) {
        this.jdbi = jdbi;
        this.access = access;
        this.audit = audit;
    }

    /** Records the decision when the record {@code table}/{@code id} exists and is restricted; otherwise nothing. */
    public void decide(User user, String table, UUID id) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("no confidentiality on table " + table);
        }
        jdbi.useTransaction(handle -> {
            Optional<Boolean> allowed = handle.createQuery("SELECT " + access.visibleSql(user, "r", RecordKind.ofTable(table))
                    + " FROM " + table + " r WHERE r.id = :id AND r.confidentiality = 'restricted'")
                    .bind("id", id).mapTo(Boolean.class).findOne();
            allowed.ifPresent(let -> audit.record(handle, user.actor(), "access.restricted", table, id,
                    Map.of("decision", let ? "allowed" : "denied", "role", user.role().name().toLowerCase())));
        });
    }
}
