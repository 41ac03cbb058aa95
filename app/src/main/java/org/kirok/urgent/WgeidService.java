package org.kirok.urgent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.audit.AuditLog;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.InvalidInputException;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.Subject;
import org.kirok.vault.SubjectKey;

/**
 * The communication to the Working Group on Enforced or Involuntary Disappearances of a case: its own details
 * (steps taken, submitter, consent), and which minimum elements are still missing. Thread-safe.
 */
public final class WgeidService {
    private final UrgentCaseService cases;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final WgeidStore store = new WgeidStore();

    public WgeidService(UrgentCaseService cases, IdentityVault vault, AuditLog audit, AccessPolicy access) {
        this.cases = cases;
        this.vault = vault;
        this.audit = audit;
        this.access = access;
    }

    /** What is to be written; the steps are encrypted under the case's key. */
    public record Draft(Optional<String> stepsTaken, Optional<UUID> submitterId, Optional<String> submitterContact,
                        boolean familyConsent) {
        public Draft {
            stepsTaken = stepsTaken.map(String::strip).filter(s -> !s.isEmpty());
            stepsTaken.filter(s -> s.length() > 20_000).ifPresent(s -> {
                throw new InvalidInputException("steps_taken", "steps_taken is at most 20000 characters (got " + s.length() + ")");
            });
            submitterContact = submitterContact.map(String::strip).filter(s -> !s.isEmpty());
            submitterContact.filter(s -> s.length() > 500).ifPresent(s -> {
                throw new InvalidInputException("submitter_contact", "submitter_contact is at most 500 characters");
            });
        }
    }

    public WgeidCommunication communication(User user, UUID caseId) {
        return cases.jdbi().inTransaction(handle -> {
            cases.visible(handle, user, caseId);
            return communication(handle, user, caseId);
        });
    }

    WgeidCommunication communication(Handle handle, User user, UUID caseId) {
        Optional<WgeidStore.Row> row = store.find(handle, caseId);
        if (row.isEmpty()) {
            return WgeidCommunication.empty(caseId);
        }
        WgeidStore.Row r = row.get();
        Optional<String> steps = Optional.empty();
        if (access.canReadIdentity(user) && r.stepsEnc() != null) {
            steps = vault.key(handle, new Subject(UrgentCaseService.TABLE, caseId))
                    .flatMap(k -> k.decryptOptional("wgeid.steps_taken", r.stepsEnc()));
        }
        return new WgeidCommunication(caseId, r.stepsEnc() != null, steps, r.submitterId(), r.submitterName(),
                r.contact(), r.consent(), r.version());
    }

    public void save(User user, UUID caseId, int expectedVersion, Draft draft) {
        cases.jdbi().useTransaction(handle -> {
            cases.visible(handle, user, caseId);
            draft.submitterId().ifPresent(id -> {
                boolean exists = handle.createQuery("SELECT EXISTS (SELECT 1 FROM organisation WHERE id = :id)")
                        .bind("id", id).mapTo(Boolean.class).one();
                if (!exists) {
                    throw new InvalidInputException("submitter_id", "the organisation " + id + " does not exist");
                }
            });
            SubjectKey key = vault.key(handle, new Subject(UrgentCaseService.TABLE, caseId)).orElseThrow();
            store.save(handle, caseId, expectedVersion, key.encryptOptional("wgeid.steps_taken", draft.stepsTaken()),
                    draft.submitterId(), draft.submitterContact(), draft.familyConsent());
            audit.record(handle, user.actor(), "urgent.wgeid_saved", UrgentCaseService.TABLE, caseId,
                    Map.of("steps_taken", draft.stepsTaken().isPresent(), "submitter", draft.submitterId().isPresent(),
                            "family_consent", draft.familyConsent()));
        });
    }

    /** The elements still missing, for a case the user may see. */
    public List<WgeidElement> missing(User user, UUID caseId) {
        return cases.jdbi().inTransaction(handle -> missing(handle, user, cases.view(handle, user, caseId)));
    }

    List<WgeidElement> missing(Handle handle, User user, UrgentCase urgentCase) {
        List<UUID> persons = urgentCase.persons().stream().map(UrgentCase.CasePerson::personId).toList();
        return WgeidCheck.missing(urgentCase.events(), cases.nameCounts(handle, persons),
                communication(handle, user, urgentCase.id()));
    }
}
