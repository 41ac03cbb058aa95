package org.kirok.event;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.security.AccessPolicy;
import org.kirok.security.RestrictedAccessLog;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;
import org.kirok.store.NotFoundException;
import org.kirok.store.Page;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.Subject;
import org.kirok.vault.SubjectKey;

/** Events: the description is encrypted under the event's own data key; every change audited. Thread-safe. */
public final class EventService {
    private final Jdbi jdbi;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final RestrictedAccessLog restricted;
    private final EventStore store = new EventStore();

    public EventService(Jdbi jdbi, IdentityVault vault, AuditLog audit, AccessPolicy access) {
        this.jdbi = jdbi;
        this.vault = vault;
        this.audit = audit;
        this.access = access;
        this.restricted = new RestrictedAccessLog(jdbi, access, audit);
    }

    public UUID create(Actor actor, EventDraft draft) {
        return jdbi.inTransaction(handle -> create(handle, actor, draft));
    }

    public UUID create(Handle handle, Actor actor, EventDraft draft) {
        UUID id = UUID.randomUUID();
        SubjectKey key = vault.create(handle, new Subject("event", id));
        store.insert(handle, row(id, key, draft), actor.userId());
        audit.record(handle, actor, "event.created", "event", id, Map.of("title", draft.title()));
        return id;
    }

    public void update(User user, UUID id, int expectedVersion, EventDraft draft) {
        jdbi.useTransaction(handle -> {
            store.find(handle, id, access.visibleSql(user, "e"), "en").orElseThrow(() -> new NotFoundException("event"));
            SubjectKey key = vault.key(handle, new Subject("event", id)).orElseThrow(() -> new NotFoundException("event"));
            store.update(handle, row(id, key, draft), expectedVersion);
            audit.record(handle, user.actor(), "event.updated", "event", id, Map.of("version", expectedVersion + 1));
        });
    }

    private static EventStore.Row row(UUID id, SubjectKey key, EventDraft draft) {
        FuzzyDate date = draft.date();
        return new EventStore.Row(id, draft.title(), key.encryptOptional("description", draft.description()),
                date.start().orElse(null), date.end().orElse(null), date.precision().code(), date.qualifier().code(),
                draft.placeId().orElse(null), null, draft.organisationId().orElse(null), draft.confidentiality().code(),
                draft.externalId().orElse(null), 0, 0);
    }

    public EventView view(User user, UUID id) {
        restricted.decide(user, "event", id);
        return jdbi.inTransaction(handle -> {
            EventStore.Row row = store.find(handle, id, access.visibleSql(user, "e"), user.locale())
                    .orElseThrow(() -> new NotFoundException("event"));
            Optional<String> description = Optional.empty();
            if (access.canReadIdentity(user, Optional.ofNullable(row.organisationId())) && row.descriptionEnc() != null) {
                description = vault.key(handle, new Subject("event", id))
                        .map(k -> k.decrypt("description", row.descriptionEnc()));
                audit.record(handle, user.actor(), "identity.read", Map.of("table", "event", "ids", List.of(id.toString()),
                        "fields", List.of("description")));
            }
            return view(row, description);
        });
    }

    public Page<EventView> list(User user, String text, int page, int size) {
        return jdbi.inTransaction(handle -> {
            String visible = access.visibleSql(user, "e");
            long total = store.count(handle, text.strip(), visible);
            List<EventView> items = store.list(handle, text.strip(), visible, user.locale(), (page - 1) * size, size)
                    .stream().map(row -> view(row, Optional.empty())).toList();
            return new Page<>(items, page, size, total);
        });
    }

    private static EventView view(EventStore.Row row, Optional<String> description) {
        FuzzyDate date = new FuzzyDate(Optional.ofNullable(row.start()), Optional.ofNullable(row.end()),
                DatePrecision.parse(row.precision()), DateQualifier.parse(row.qualifier()));
        return new EventView(row.id(), row.title(), description, date, Optional.ofNullable(row.placeId()),
                Optional.ofNullable(row.placePath()), Optional.ofNullable(row.organisationId()),
                Confidentiality.parse(row.confidentiality()), Optional.ofNullable(row.externalId()), row.version(),
                row.actCount());
    }
}
