package org.kirok.document;

import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.InvalidInputException;
import org.kirok.store.StorableText;
import org.kirok.vault.SubjectKey;
import org.kirok.vault.VaultIntegrityException;

/**
 * Why a file was received, read or exported. People write such notes freely ("from the interviewer's USB stick,
 * Seoul office"), so they may name someone: they are sealed with the source's data key before they enter the audit
 * log, readable by those who may open the source's files and gone with it when the source is erased.
 */
final class CustodyNotes {
    /** The audit detail key holding a sealed note. */
    static final String DETAIL = "note_sealed";
    static final int MAX_LENGTH = 500;

    private CustodyNotes() {
    }

    /** A note as typed, or empty when blank; refused when too long or unstorable. */
    static Optional<String> text(String field, String typed) {
        String note = StorableText.check(field, typed).strip();
        if (note.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, field + " is " + note.length() + " characters long; keep it under "
                    + MAX_LENGTH + " (say why, not everything)");
        }
        return Optional.of(note).filter(n -> !n.isEmpty());
    }

    static String seal(SubjectKey key, UUID attachmentId, String note) {
        return Base64.getEncoder().encodeToString(key.encrypt(field(attachmentId), note));
    }

    /** The note, or a marker when it cannot be read (the source erased, or the stored text damaged). */
    static String open(Optional<SubjectKey> key, UUID attachmentId, String sealed) {
        if (key.isEmpty()) {
            return "[sealed: the source's key is destroyed]";
        }
        try {
            return key.get().decrypt(field(attachmentId), Base64.getDecoder().decode(sealed));
        } catch (VaultIntegrityException | IllegalArgumentException e) {
            return "[sealed note fails its integrity check]";
        }
    }

    private static String field(UUID attachmentId) {
        return "attachment:" + attachmentId + ":custody_note";
    }
}
