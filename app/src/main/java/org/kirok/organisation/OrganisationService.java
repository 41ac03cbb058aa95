package org.kirok.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.store.Page;

/**
 * Organisations — NGOs, state organs (the Ministry of State Security and its provincial bureaus), UN bodies,
 * governments — in a parent hierarchy without cycles. Every write is audited. Thread-safe.
 */
public final class OrganisationService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final OrganisationStore store = new OrganisationStore();

    public OrganisationService(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    public UUID create(Actor actor, OrganisationDraft draft) {
        return jdbi.inTransaction(handle -> create(handle, actor, draft));
    }

    /** Inside the caller's transaction (the demo loader, imports). */
    public UUID create(Handle handle, Actor actor, OrganisationDraft draft) {
        UUID id = UUID.randomUUID();
        validate(handle, Optional.empty(), draft);
        store.insert(handle, id, draft);
        audit.record(handle, actor, "organisation.created", "organisation", id, Map.of("kind", draft.kind().code()));
        return id;
    }

    public void update(Actor actor, UUID id, int expectedVersion, OrganisationDraft draft) {
        jdbi.useTransaction(handle -> {
            store.find(handle, id).orElseThrow(() -> new NotFoundException("organisation"));
            validate(handle, Optional.of(id), draft);
            store.update(handle, id, expectedVersion, draft);
            audit.record(handle, actor, "organisation.updated", "organisation", id, Map.of("version", expectedVersion + 1));
        });
    }

    private void validate(Handle handle, Optional<UUID> self, OrganisationDraft draft) {
        draft.parentId().ifPresent(parent -> {
            Organisation found = store.find(handle, parent).orElseThrow(() -> new InvalidInputException("parent_id",
                    "the parent organisation " + parent + " does not exist"));
            if (self.isPresent() && store.subtree(handle, self.get()).contains(found.id())) {
                throw new InvalidInputException("parent_id", "an organisation cannot lie under itself or one of its own"
                        + " units (" + found.nameEn() + ")");
            }
        });
        draft.externalId().flatMap(e -> store.idByExternalId(handle, e)).filter(id -> !Optional.of(id).equals(self))
                .ifPresent(id -> {
                    throw new InvalidInputException("external_id", "the external id '" + draft.externalId().get()
                            + "' already belongs to another organisation (" + id + ")");
                });
    }

    public Organisation view(UUID id) {
        return jdbi.withHandle(handle -> store.find(handle, id)).orElseThrow(() -> new NotFoundException("organisation"));
    }

    public List<Organisation> units(UUID id) {
        return jdbi.withHandle(handle -> store.children(handle, id));
    }

    public Page<Organisation> list(OrganisationFilter filter, int page, int size) {
        return jdbi.withHandle(handle -> new Page<>(store.list(handle, filter, (page - 1) * size, size), page, size,
                store.count(handle, filter)));
    }

    /** Type-ahead: exact abbreviation first ("MSS"), then names starting with the text, then containing it. */
    public List<Organisation> lookup(String query, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return list(new OrganisationFilter(Optional.of(query), Optional.empty(), Optional.empty()), 1, limit).items();
    }

    public Optional<UUID> idByExternalId(Handle handle, String externalId) {
        return store.idByExternalId(handle, externalId);
    }
}
