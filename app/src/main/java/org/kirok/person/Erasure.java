package org.kirok.person;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.ConflictException;
import org.kirok.store.NotFoundException;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.Subject;

/**
 * Erasing a person by crypto-shredding: their data key is destroyed, so their names, contacts, exact birth date,
 * the notes written about them and the transcripts of the testimonies they gave can never be decrypted again —
 * not from this database, nor from a backup restored later (restores re-apply every erasure). The coded acts stay,
 * with the person as a pseudonym: statistics and evidence keep their shape. A person under legal hold cannot be
 * erased (409): deleting held evidence is destroying evidence. Thread-safe.
 */
public final class Erasure {
    private final Jdbi jdbi;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final ErasureLedger ledger;

    public Erasure(Jdbi jdbi, IdentityVault vault, AuditLog audit, AccessPolicy access, ErasureLedger ledger) {
        this.jdbi = jdbi;
        this.vault = vault;
        this.audit = audit;
        this.access = access;
        this.ledger = ledger;
    }

    public void erase(User user, UUID personId, String reason) {
        List<UUID> testimonies = jdbi.inTransaction(handle -> {
            var row = handle.createQuery("SELECT legal_hold, erased_at IS NOT NULL FROM person p WHERE p.id = :id AND "
                    + access.visibleSql(user, "p")).bind("id", personId)
                    .map((rs, c) -> new boolean[] {rs.getBoolean(1), rs.getBoolean(2)}).findOne()
                    .orElseThrow(() -> new NotFoundException("person"));
            if (row[0]) {
                throw new ConflictException("legal_hold", "This person is under legal hold: their records are evidence "
                        + "and cannot be erased. Lift the hold first if the reason for it has ended.");
            }
            if (row[1]) {
                throw new ConflictException("already_erased", "This person was already erased.");
            }
            List<UUID> given = handle.createQuery("SELECT source_id FROM testimony WHERE interviewee_id = :id")
                    .bind("id", personId).mapTo(UUID.class).list();
            vault.destroy(handle, new Subject(PersonService.TABLE, personId));
            given.forEach(source -> vault.destroy(handle, new Subject("source", source)));
            handle.createUpdate("DELETE FROM person_name WHERE person_id = :id").bind("id", personId).execute();
            handle.createUpdate("DELETE FROM person_name_key WHERE person_id = :id").bind("id", personId).execute();
            handle.createUpdate("""
                    UPDATE person SET erased_at = :now, birth_date_enc = NULL, contact_enc = NULL, notes_enc = NULL,
                           version = version + 1 WHERE id = :id""").bind("now", Instant.now()).bind("id", personId).execute();
            audit.record(handle, user.actor(), "person.erased", PersonService.TABLE, personId,
                    Map.of("testimonies_shredded", given.size(), "reason_given", reason != null && !reason.isBlank()));
            return given;
        });
        ledger.record(new Subject(PersonService.TABLE, personId));
        testimonies.forEach(source -> ledger.record(new Subject("source", source)));
    }

    public void setLegalHold(User user, UUID personId, boolean hold) {
        jdbi.useTransaction(handle -> {
            int updated = handle.createUpdate("UPDATE person p SET legal_hold = :hold, version = version + 1 WHERE p.id = :id AND "
                    + access.visibleSql(user, "p")).bind("hold", hold).bind("id", personId).execute();
            if (updated != 1) {
                throw new NotFoundException("person");
            }
            audit.record(handle, user.actor(), hold ? "person.legal_hold" : "person.legal_hold_lifted",
                    PersonService.TABLE, personId, Map.of());
        });
    }
}
