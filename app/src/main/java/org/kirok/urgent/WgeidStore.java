package org.kirok.urgent;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.store.StaleEditException;

/** The SQL of the WGEID communication details of a case. */
final class WgeidStore {

    record Row(UUID caseId, byte[] stepsEnc, Optional<UUID> submitterId, Optional<String> submitterName,
               Optional<String> contact, boolean consent, int version) {
    }

    Optional<Row> find(Handle handle, UUID caseId) {
        return handle.createQuery("""
                SELECT w.case_id, w.steps_taken_enc, w.submitter_id, o.name_en, w.submitter_contact, w.family_consent, w.version
                FROM wgeid_communication w LEFT JOIN organisation o ON o.id = w.submitter_id WHERE w.case_id = :id""")
                .bind("id", caseId)
                .map((rs, ctx) -> new Row(rs.getObject(1, UUID.class), rs.getBytes(2),
                        Optional.ofNullable(rs.getObject(3, UUID.class)), Optional.ofNullable(rs.getString(4)),
                        Optional.ofNullable(rs.getString(5)), rs.getBoolean(6), rs.getInt(7)))
                .findOne();
    }

    /** Inserts (expected version 0) or updates with optimistic locking. */
    void save(Handle handle, UUID caseId, int expectedVersion, byte[] stepsEnc, Optional<UUID> submitter,
              Optional<String> contact, boolean consent) {
        int written;
        if (expectedVersion == 0) {
            written = handle.createUpdate("""
                    INSERT INTO wgeid_communication (case_id, steps_taken_enc, submitter_id, submitter_contact, family_consent)
                    VALUES (:id, :steps, :submitter, :contact, :consent) ON CONFLICT (case_id) DO NOTHING""")
                    .bind("id", caseId).bind("steps", stepsEnc).bind("submitter", submitter.orElse(null))
                    .bind("contact", contact.orElse(null)).bind("consent", consent).execute();
        } else {
            written = handle.createUpdate("""
                    UPDATE wgeid_communication SET steps_taken_enc = :steps, submitter_id = :submitter,
                           submitter_contact = :contact, family_consent = :consent, version = version + 1
                    WHERE case_id = :id AND version = :expected""")
                    .bind("id", caseId).bind("steps", stepsEnc).bind("submitter", submitter.orElse(null))
                    .bind("contact", contact.orElse(null)).bind("consent", consent).bind("expected", expectedVersion)
                    .execute();
        }
        if (written != 1) {
            throw new StaleEditException("WGEID communication of case", caseId, expectedVersion);
        }
    }
}
