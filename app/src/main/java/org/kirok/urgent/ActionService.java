package org.kirok.urgent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.audit.AuditLog;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;

/**
 * What is done for a case and when: interventions (appeals, communications, statements with co-signers) and
 * deadlines (check-ins, responses due), with the "due today" board. Every write audited. Thread-safe.
 */
public final class ActionService {
    private final UrgentCaseService cases;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final InterventionStore interventions = new InterventionStore();
    private final DeadlineStore deadlines = new DeadlineStore();

    public ActionService(UrgentCaseService cases, AuditLog audit, AccessPolicy access) {
        this.cases = cases;
        this.audit = audit;
        this.access = access;
    }

    public UUID addIntervention(User user, UUID caseId, Intervention draft) {
        return cases.jdbi().inTransaction(handle -> {
            cases.visible(handle, user, caseId);
            requireOrganisations(handle, draft);
            UUID id = UUID.randomUUID();
            Intervention stored = withIds(draft, id, caseId);
            interventions.insert(handle, stored, Optional.of(user.id()));
            deadlines.syncResponse(handle, stored, Optional.of(user.id()));
            audit.record(handle, user.actor(), "urgent.intervention_added", UrgentCaseService.TABLE, caseId,
                    Map.of("intervention", id.toString(), "kind", stored.kind().code(), "sent", stored.sent()));
            return id;
        });
    }

    public void updateIntervention(User user, UUID caseId, UUID id, int expectedVersion, Intervention draft) {
        cases.jdbi().useTransaction(handle -> {
            cases.visible(handle, user, caseId);
            interventions.find(handle, caseId, id).orElseThrow(() -> new NotFoundException("intervention"));
            requireOrganisations(handle, draft);
            Intervention stored = withIds(draft, id, caseId);
            interventions.update(handle, stored, expectedVersion);
            deadlines.syncResponse(handle, stored, Optional.of(user.id()));
            audit.record(handle, user.actor(), "urgent.intervention_updated", UrgentCaseService.TABLE, caseId,
                    Map.of("intervention", id.toString(), "version", expectedVersion + 1,
                            "responded", stored.response().isPresent()));
        });
    }

    private static Intervention withIds(Intervention d, UUID id, UUID caseId) {
        return new Intervention(id, caseId, d.kind(), d.subject(), d.recipients(), d.channel(), d.sentOn(),
                d.responseDue(), d.response(), d.responseOn(), d.cosigners(), d.version());
    }

    private static void requireOrganisations(org.jdbi.v3.core.Handle handle, Intervention draft) {
        for (Intervention.Cosigner cosigner : draft.cosigners()) {
            boolean exists = handle.createQuery("SELECT EXISTS (SELECT 1 FROM organisation WHERE id = :id)")
                    .bind("id", cosigner.id()).mapTo(Boolean.class).one();
            if (!exists) {
                throw new InvalidInputException("cosigners", "the co-signing organisation " + cosigner.id() + " does not exist");
            }
        }
    }

    public List<Intervention> interventions(User user, UUID caseId) {
        return cases.jdbi().withHandle(handle -> {
            cases.visible(handle, user, caseId);
            return interventions.ofCase(handle, caseId);
        });
    }

    public Intervention intervention(User user, UUID caseId, UUID id) {
        return cases.jdbi().withHandle(handle -> {
            cases.visible(handle, user, caseId);
            return interventions.find(handle, caseId, id).orElseThrow(() -> new NotFoundException("intervention"));
        });
    }

    /** Interventions an organisation co-signed, in cases the user may see: code of the case and the intervention. */
    public List<Map.Entry<Intervention, String>> cosignedBy(User user, UUID organisationId) {
        return cases.jdbi().withHandle(handle -> interventions.cosignedBy(handle, organisationId,
                Visibility.sql(access, user, "c")));
    }

    public UUID addDeadline(User user, UUID caseId, DeadlineKind kind, LocalDate dueOn, Optional<String> label) {
        Optional<String> text = label.map(String::strip).filter(s -> !s.isEmpty());
        text.filter(t -> t.length() > 300).ifPresent(t -> {
            throw new InvalidInputException("label", "the label is at most 300 characters (got " + t.length() + ")");
        });
        return cases.jdbi().inTransaction(handle -> {
            cases.visible(handle, user, caseId);
            UUID id = UUID.randomUUID();
            deadlines.insert(handle, id, caseId, kind, dueOn, text, Optional.empty(), Optional.of(user.id()));
            audit.record(handle, user.actor(), "urgent.deadline_added", UrgentCaseService.TABLE, caseId,
                    Map.of("deadline", id.toString(), "kind", kind.code(), "due_on", dueOn.toString()));
            return id;
        });
    }

    public void completeDeadline(User user, UUID caseId, UUID id) {
        cases.jdbi().useTransaction(handle -> {
            cases.visible(handle, user, caseId);
            if (!deadlines.complete(handle, caseId, id, user.id())) {
                throw new NotFoundException("open deadline");
            }
            audit.record(handle, user.actor(), "urgent.deadline_done", UrgentCaseService.TABLE, caseId,
                    Map.of("deadline", id.toString()));
        });
    }

    public List<Deadline> deadlines(User user, UUID caseId) {
        return cases.jdbi().withHandle(handle -> {
            cases.visible(handle, user, caseId);
            return deadlines.ofCase(handle, caseId);
        });
    }

    /** The "due today" board: open deadlines due today or overdue, of open cases the user may see. */
    public List<Deadline> dueBy(User user, LocalDate day) {
        return cases.jdbi().withHandle(handle -> deadlines.dueBy(handle, day, Visibility.sql(access, user, "c")));
    }

    /** Open deadlines in a window, for the calendar export. */
    public List<Deadline> between(User user, LocalDate from, LocalDate to) {
        return cases.jdbi().withHandle(handle -> deadlines.between(handle, from, to, Visibility.sql(access, user, "c")));
    }
}
