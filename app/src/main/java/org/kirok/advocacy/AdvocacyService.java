package org.kirok.advocacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.person.PersonService;
import org.kirok.security.AccessPolicy;
import org.kirok.urgent.Visibility;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.store.Page;

/**
 * The advocacy log: activities with the organisations, persons and urgent cases they concern. Every write is
 * audited (ids and codes, never names); reads are filtered by the access policy; persons appear by name only for
 * users with identity access (an audited read). Thread-safe.
 */
public final class AdvocacyService {
    static final String TABLE = "advocacy_activity";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final PersonService persons;
    private final ActivityStore store = new ActivityStore();

    public AdvocacyService(Jdbi jdbi, AuditLog audit, AccessPolicy access, PersonService persons) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.access = access;
        this.persons = persons;
    }

    public UUID create(User user, ActivityDraft draft) {
        return jdbi.inTransaction(handle -> {
            validate(handle, user, Optional.empty(), draft);
            UUID id = UUID.randomUUID();
            store.insert(handle, id, draft, Optional.of(user.id()));
            audit.record(handle, user.actor(), "advocacy.created", TABLE, id, detail(draft));
            return id;
        });
    }

    public void update(User user, UUID id, int expectedVersion, ActivityDraft draft) {
        jdbi.useTransaction(handle -> {
            store.find(handle, id, Visibility.sql(access, user, "a")).orElseThrow(() -> new NotFoundException("activity"));
            validate(handle, user, Optional.of(id), draft);
            store.update(handle, id, expectedVersion, draft);
            Map<String, Object> detail = new java.util.HashMap<>(detail(draft));
            detail.put("version", expectedVersion + 1);
            audit.record(handle, user.actor(), "advocacy.updated", TABLE, id, detail);
        });
    }

    private static Map<String, Object> detail(ActivityDraft draft) {
        return Map.of("kind", draft.kind().code(), "held_on", draft.heldOn().toString(),
                "organisations", draft.organisations().size(), "persons", draft.persons().size(),
                "cases", draft.caseIds().size());
    }

    private void validate(Handle handle, User user, Optional<UUID> self, ActivityDraft draft) {
        for (ActivityDraft.OrganisationLink link : draft.organisations()) {
            if (!store.exists(handle, "organisation", link.organisationId())) {
                throw new InvalidInputException("organisations", "the organisation " + link.organisationId() + " does not exist");
            }
        }
        draft.organisationId().filter(o -> !store.exists(handle, "organisation", o)).ifPresent(o -> {
            throw new InvalidInputException("organisation_id", "the organisation " + o + " does not exist");
        });
        for (ActivityDraft.PersonLink link : draft.persons()) {
            if (!persons.visible(handle, user, link.personId())) {
                throw new InvalidInputException("persons", "no person " + link.personId() + " that you may see");
            }
        }
        String visibleCases = Visibility.sql(access, user, "c");
        for (UUID caseId : draft.caseIds()) {
            boolean visible = handle.createQuery("SELECT EXISTS (SELECT 1 FROM urgent_case c WHERE c.id = :id AND "
                    + visibleCases + ")").bind("id", caseId).mapTo(Boolean.class).one();
            if (!visible) {
                throw new InvalidInputException("case_ids", "no urgent case " + caseId + " that you may see");
            }
        }
        draft.followsId().ifPresent(f -> {
            if (self.equals(Optional.of(f))) {
                throw new InvalidInputException("follows_id", "an activity cannot follow up itself");
            }
            store.find(handle, f, Visibility.sql(access, user, "a")).orElseThrow(() -> new InvalidInputException("follows_id",
                    "no activity " + f + " that you may see"));
        });
    }

    public Activity view(User user, UUID id) {
        return jdbi.inTransaction(handle -> activity(handle, user, store.find(handle, id, Visibility.sql(access, user, "a"))
                .orElseThrow(() -> new NotFoundException("activity"))));
    }

    public Page<Activity> list(User user, ActivityFilter filter, int page, int size) {
        return jdbi.inTransaction(handle -> {
            String visible = Visibility.sql(access, user, "a");
            List<Activity> items = new ArrayList<>();
            for (ActivityStore.Row row : store.list(handle, visible, filter, (page - 1) * size, size)) {
                items.add(activity(handle, user, row));
            }
            return new Page<>(items, page, size, store.count(handle, visible, filter));
        });
    }

    private Activity activity(Handle handle, User user, ActivityStore.Row row) {
        List<Map.Entry<UUID, PersonRole>> links = store.persons(handle, row.id());
        Map<UUID, String> labels = persons.labels(handle, user, links.stream().map(Map.Entry::getKey).toList());
        List<Activity.Person> people = links.stream().map(l -> new Activity.Person(l.getKey(), labels.get(l.getKey()),
                l.getValue())).toList();
        return new Activity(row.id(), row.kind(), row.title(), row.heldOn(), row.location(), row.officials(), row.outcome(),
                row.url(), row.archivedTitle(), row.themes(), row.recommendations(), row.followsId(), row.followsTitle(),
                store.organisations(handle, row.id()), people, store.cases(handle, row.id(), Visibility.sql(access, user, "c")),
                row.organisationId(), Confidentiality.parse(row.confidentiality()), row.version());
    }
}
