package org.kirok.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.engine.name.PlaceKeys;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.store.Page;
import org.kirok.vocabulary.Vocabularies;

/**
 * Places and detention facilities: the hierarchy rules (a child lies deeper than its parent, in the same country,
 * never under itself), name keys for romanization-insensitive lookup (회령 = Hoeryong = Hoeryŏng), and the pure
 * lookups other features reuse ({@link #resolve}, {@link #subtree}). Every write is audited. Thread-safe.
 */
public final class PlaceService {
    static final String FACILITY_TYPES = "facility_type";

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Vocabularies vocabularies;
    private final PlaceStore store = new PlaceStore();

    public PlaceService(Jdbi jdbi, AuditLog audit, Vocabularies vocabularies) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.vocabularies = vocabularies;
    }

    public Vocabularies vocabularies() {
        return vocabularies;
    }

    public UUID create(Actor actor, PlaceDraft draft, Optional<FacilityDraft> facility) {
        return jdbi.inTransaction(handle -> create(handle, actor, draft, facility));
    }

    /** Inside the caller's transaction (imports, the demo loader). */
    public UUID create(Handle handle, Actor actor, PlaceDraft draft, Optional<FacilityDraft> facility) {
        UUID id = UUID.randomUUID();
        validate(handle, Optional.empty(), draft, facility);
        store.insert(handle, id, draft, keys(draft));
        facility.ifPresent(f -> store.saveFacility(handle, id, f));
        audit.record(handle, actor, "place.created", "place", id, Map.of("level", draft.level().code(),
                "country", draft.countryCode()));
        return id;
    }

    public void update(Actor actor, UUID id, int expectedVersion, PlaceDraft draft, Optional<FacilityDraft> facility) {
        jdbi.useTransaction(handle -> update(handle, actor, id, expectedVersion, draft, facility));
    }

    public void update(Handle handle, Actor actor, UUID id, int expectedVersion, PlaceDraft draft,
                       Optional<FacilityDraft> facility) {
        store.find(handle, id).orElseThrow(() -> new NotFoundException("place"));
        validate(handle, Optional.of(id), draft, facility);
        store.update(handle, id, expectedVersion, draft, keys(draft));
        facility.ifPresentOrElse(f -> store.saveFacility(handle, id, f), () -> store.deleteFacility(handle, id));
        audit.record(handle, actor, "place.updated", "place", id, Map.of("version", expectedVersion + 1));
    }

    /**
     * For idempotent imports: creates the place named by the draft's external id, or updates it when the file
     * says something new. An import adds names and fills gaps but never erases a name variant, a Korean name or
     * coordinates that someone entered by hand.
     */
    public ImportOutcome upsert(Handle handle, Actor actor, PlaceDraft draft, Optional<FacilityDraft> facility) {
        String externalId = draft.externalId().orElseThrow(() -> new IllegalArgumentException("upsert needs an external id"));
        Optional<PlaceStore.Row> existing = store.findByExternalId(handle, externalId);
        if (existing.isEmpty()) {
            create(handle, actor, draft, facility);
            return ImportOutcome.ACCEPTED;
        }
        PlaceStore.Row row = existing.get();
        List<String> variants = new ArrayList<>(row.variants());
        draft.variants().stream().filter(v -> !variants.contains(v)).forEach(variants::add);
        if (!row.nameEn().equals(draft.nameEn()) && !variants.contains(row.nameEn())) {
            variants.add(row.nameEn());
        }
        boolean newCoordinates = draft.latitude().isPresent();
        PlaceDraft merged = new PlaceDraft(draft.level(), draft.nameEn(), draft.nameKo().or(row::nameKo), variants,
                draft.parentId(), draft.countryCode(), newCoordinates ? draft.latitude() : row.latitude(),
                newCoordinates ? draft.longitude() : row.longitude(), draft.coordNote().or(row::coordNote),
                draft.externalId());
        Optional<FacilityDraft> mergedFacility = facility.map(f -> new FacilityDraft(f.typeId(), f.number(),
                f.operatorId().or(() -> row.facility().flatMap(Facility::operatorId)), f.status(), f.notes()));
        if (sameAs(row, merged, mergedFacility)) {
            return ImportOutcome.UNCHANGED;
        }
        update(handle, actor, row.id(), row.version(), merged, mergedFacility);
        return ImportOutcome.UPDATED;
    }

    private static boolean sameAs(PlaceStore.Row row, PlaceDraft draft, Optional<FacilityDraft> facility) {
        boolean place = row.level() == draft.level() && row.nameEn().equals(draft.nameEn())
                && row.nameKo().equals(draft.nameKo()) && new LinkedHashSet<>(row.variants()).equals(new LinkedHashSet<>(draft.variants()))
                && row.parentId().equals(draft.parentId()) && row.countryCode().equals(draft.countryCode())
                && row.latitude().equals(draft.latitude()) && row.longitude().equals(draft.longitude())
                && row.coordNote().equals(draft.coordNote());
        Optional<List<Object>> stored = row.facility().map(f -> Arrays.asList(f.typeId(), f.number(), f.operatorId(),
                f.status(), f.notes()));
        Optional<List<Object>> wanted = facility.map(f -> Arrays.asList(f.typeId(), f.number(), f.operatorId(),
                f.status(), f.notes()));
        return place && stored.equals(wanted);
    }

    private void validate(Handle handle, Optional<UUID> self, PlaceDraft draft, Optional<FacilityDraft> facility) {
        if (draft.parentId().isPresent()) {
            PlaceStore.Row parent = store.find(handle, draft.parentId().get()).orElseThrow(
                    () -> new InvalidInputException("parent_id", "the parent place " + draft.parentId().get()
                            + " does not exist"));
            if (!draft.level().mayLieUnder(parent.level())) {
                throw new InvalidInputException("parent_id", "a " + draft.level().code() + " cannot lie under a "
                        + parent.level().code() + " (" + parent.nameEn() + ")");
            }
            if (!parent.countryCode().equals(draft.countryCode())) {
                throw new InvalidInputException("country_code", "the place is in " + draft.countryCode()
                        + " but its parent " + parent.nameEn() + " is in " + parent.countryCode());
            }
            if (self.isPresent() && store.subtree(handle, self.get()).contains(parent.id())) {
                throw new InvalidInputException("parent_id", "a place cannot lie under itself or one of its own parts ("
                        + parent.nameEn() + ")");
            }
        }
        if (draft.level() == PlaceLevel.FACILITY && facility.isEmpty()) {
            throw new InvalidInputException("facility_type", "a facility needs a type from the facility_type vocabulary");
        }
        if (draft.level() != PlaceLevel.FACILITY && facility.isPresent()) {
            throw new InvalidInputException("level", "only a place of level facility has facility details (got "
                    + draft.level().code() + ")");
        }
        draft.externalId().flatMap(e -> store.idByExternalId(handle, e)).filter(id -> !Optional.of(id).equals(self))
                .ifPresent(id -> {
                    throw new InvalidInputException("external_id", "the external id '" + draft.externalId().get()
                            + "' already belongs to another place (" + id + ")");
                });
        if (facility.isPresent()) {
            FacilityDraft f = facility.get();
            boolean typed = vocabularies.term(f.typeId()).filter(t -> t.vocabulary().equals(FACILITY_TYPES)).isPresent();
            if (!typed) {
                throw new InvalidInputException("facility_type", "the facility type must be a term of the facility_type "
                        + "vocabulary (got " + f.typeId() + ")");
            }
            f.operatorId().filter(o -> !store.organisationExists(handle, o)).ifPresent(o -> {
                throw new InvalidInputException("operator_id", "the operating organisation " + o + " does not exist");
            });
        }
    }

    /** The PlaceKeys of every name, so that each spelling of each name finds the place. */
    static Set<String> keys(PlaceDraft draft) {
        return draft.allNames().stream().map(PlaceKeys::canonical).filter(k -> !k.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Place view(UUID id) {
        return jdbi.withHandle(handle -> view(handle, id));
    }

    public Place view(Handle handle, UUID id) {
        return places(handle, List.of(store.find(handle, id).orElseThrow(() -> new NotFoundException("place")))).get(0);
    }

    public Page<Place> list(PlaceFilter filter, int page, int size) {
        Optional<String> key = filter.text().map(PlaceKeys::canonical).filter(k -> !k.isEmpty());
        return jdbi.withHandle(handle -> new Page<>(places(handle, store.list(handle, filter, key, (page - 1) * size, size)),
                page, size, store.count(handle, filter, key)));
    }

    /** Type-ahead: places (or only facilities) whose names match, exact key matches first, then key prefixes. */
    public List<Place> lookup(String query, boolean facilitiesOnly, int limit) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return list(new PlaceFilter(Optional.of(query), facilitiesOnly ? Optional.of(PlaceLevel.FACILITY) : Optional.empty(),
                Optional.empty(), Optional.empty()), 1, limit).items();
    }

    public List<PlaceRef> children(UUID id) {
        return jdbi.withHandle(handle -> store.children(handle, id));
    }

    /** The facilities anywhere below the place (a province's camps, a county's holding centres). */
    public List<Place> facilitiesWithin(UUID id) {
        return jdbi.withHandle(handle -> places(handle, store.facilitiesWithin(handle, id)));
    }

    /** The place and everything below it, for "in this province" filters elsewhere. */
    public List<UUID> subtree(Handle handle, UUID id) {
        return store.subtree(handle, id);
    }

    /**
     * The one place below {@code ancestor} with this name at one of these levels ("Kaech'ŏn" in South Pyongan);
     * empty when there is none or more than one.
     */
    public Optional<UUID> findWithin(Handle handle, UUID ancestor, String name, Set<PlaceLevel> levels) {
        String key = PlaceKeys.canonical(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<UUID> candidates = store.withKey(handle, key, Optional.empty());
        var ancestors = store.ancestors(handle, candidates);
        List<UUID> found = candidates.stream()
                .filter(id -> ancestors.get(id).stream().anyMatch(a -> a.getKey().id().equals(ancestor)))
                .filter(id -> store.find(handle, id).map(row -> levels.contains(row.level())).orElse(false))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The country of a place, so that a child can inherit it when none is given. */
    public String countryOf(UUID id) {
        return jdbi.withHandle(handle -> store.find(handle, id)).map(PlaceStore.Row::countryCode)
                .orElseThrow(() -> new InvalidInputException("parent_id", "the parent place " + id + " does not exist"));
    }

    public Optional<UUID> idByExternalId(Handle handle, String externalId) {
        return store.idByExternalId(handle, externalId);
    }

    /**
     * Finds a place by any name variant in any script or romanization ("회령", "Hoeryŏng"), optionally with
     * its ancestors after commas ("Onsong, North Hamgyong") and within one country. Several matches are an error
     * naming them — except when one match contains all the others (the county Onsŏng and its seat, the town
     * Onsŏng): then the containing unit is meant, the coarser claim being the one a bare name supports.
     */
    public Optional<UUID> resolve(Handle handle, String nameOrPath, Optional<String> countryCode) {
        return new PlaceResolver(store, this::places).resolve(handle, nameOrPath, countryCode);
    }

    List<Place> places(Handle handle, List<PlaceStore.Row> rows) {
        var ancestors = store.ancestors(handle, rows.stream().map(PlaceStore.Row::id).toList());
        return rows.stream().map(row -> new Place(row.id(), row.level(), row.nameEn(), row.nameKo(), row.variants(),
                row.parentId(), row.countryCode(), row.latitude(), row.longitude(), row.coordNote(), row.externalId(),
                row.version(), ancestors.get(row.id()).stream().map(Map.Entry::getKey).toList(), row.facility())).toList();
    }
}
