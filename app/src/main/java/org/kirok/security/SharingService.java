package org.kirok.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.store.NotFoundException;

/** Making, listing and revoking data-sharing agreements; every change audited. Thread-safe. */
public final class SharingService {
    private final Jdbi jdbi;
    private final AuditLog audit;

    public SharingService(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    public UUID create(User user, SharingAgreement.Draft draft) {
        UUID id = UUID.randomUUID();
        jdbi.useTransaction(handle -> {
            handle.createUpdate("""
                    INSERT INTO sharing_agreement (id, grantor_org_id, partner_org_id, kinds, pseudonymous, records_from, note, created_by)
                    VALUES (:id, :grantor, :partner, :kinds, :pseudonymous, :from, :note, :by)""")
                    .bind("id", id).bind("grantor", draft.grantorId().orElse(null)).bind("partner", draft.partnerId())
                    .bindArray("kinds", String.class, draft.kinds()).bind("pseudonymous", draft.pseudonymous())
                    .bind("from", draft.recordsFrom().orElse(null)).bind("note", draft.note().orElse(null))
                    .bind("by", user.id()).execute();
            audit.record(handle, user.actor(), "sharing.created", "sharing_agreement", id, Map.of(
                    "partner", draft.partnerId().toString(), "kinds", draft.kinds(), "pseudonymous", draft.pseudonymous()));
        });
        return id;
    }

    public void revoke(User user, UUID id) {
        jdbi.useTransaction(handle -> {
            int updated = handle.createUpdate("UPDATE sharing_agreement SET revoked_at = :now, version = version + 1 "
                    + "WHERE id = :id AND revoked_at IS NULL").bind("now", Instant.now()).bind("id", id).execute();
            if (updated != 1) {
                throw new NotFoundException("active agreement");
            }
            audit.record(handle, user.actor(), "sharing.revoked", "sharing_agreement", id, Map.of());
        });
    }

    public List<SharingAgreement> all() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                SELECT g.id, g.grantor_org_id, coalesce(o1.name_en, '(this installation)'), g.partner_org_id, o2.name_en,
                       g.kinds, g.pseudonymous, g.records_from, g.note, g.created_at, g.revoked_at
                FROM sharing_agreement g LEFT JOIN organisation o1 ON o1.id = g.grantor_org_id
                JOIN organisation o2 ON o2.id = g.partner_org_id
                ORDER BY g.revoked_at IS NOT NULL, g.created_at DESC""")
                .map((rs, c) -> new SharingAgreement(rs.getObject(1, UUID.class),
                        Optional.ofNullable(rs.getObject(2, UUID.class)), rs.getString(3), rs.getObject(4, UUID.class),
                        rs.getString(5), Arrays.asList((String[]) rs.getArray(6).getArray()), rs.getBoolean(7),
                        Optional.ofNullable(rs.getObject(8, LocalDate.class)), Optional.ofNullable(rs.getString(9)),
                        rs.getTimestamp(10).toInstant(), Optional.ofNullable(rs.getTimestamp(11)).map(Timestamp::toInstant)))
                .list());
    }
}
