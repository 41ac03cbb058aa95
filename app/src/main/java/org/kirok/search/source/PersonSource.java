package org.kirok.search.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.person.PersonService;
import org.kirok.person.PersonView;
import org.kirok.search.Dimension;
import org.kirok.search.HitView;
import org.kirok.search.SearchSource;
import org.kirok.search.index.Access;
import org.kirok.search.index.NameHashes;
import org.kirok.search.index.SearchDocument;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;
import org.kirok.vault.IdentityVault;
import org.kirok.web.Messages;

/**
 * Persons: searchable by name only through keyed hashes (exact spelling, canonical keys across scripts,
 * romanizations and orders, looser keys), and by pseudonym, sex, birth year and place of origin. Hits show the name
 * only to users with identity access (an audited read), the pseudonym to everyone else.
 */
public final class PersonSource implements SearchSource {
    private final IdentityVault vault;
    private final AccessPolicy access;
    private final PersonService persons;

    public PersonSource(IdentityVault vault, AccessPolicy access, PersonService persons) {
        this.vault = vault;
        this.access = access;
        this.persons = persons;
    }

    @Override
    public String type() {
        return "person";
    }

    @Override
    public List<Dimension> dimensions() {
        return List.of(Dimensions.PLACE, Dimensions.FACILITY_TYPE);
    }

    @Override
    public Set<UUID> affected(Handle handle, String entity, Collection<UUID> ids) {
        return switch (entity) {
            case "person" -> new HashSet<>(ids);
            case "place" -> Queries.ids(handle, "SELECT id FROM person WHERE origin_place_id IN " + Subtrees.PLACES_BELOW, ids);
            default -> Set.of();
        };
    }

    @Override
    public List<UUID> ids(Handle handle, Optional<UUID> after, int limit) {
        return Queries.page(handle, "person", "", after, limit);
    }

    private record Row(UUID id, Optional<String> sex, Optional<Integer> birthYear, Optional<UUID> origin,
                       Optional<UUID> organisationId, String confidentiality) {
    }

    private static List<Row> rows(Handle handle, Collection<UUID> ids, String visibleSql) {
        return handle.createQuery("SELECT p.id, p.sex, p.birth_year, p.origin_place_id, p.organisation_id, "
                        + "p.confidentiality FROM person p WHERE p.id = ANY(:ids) AND " + visibleSql)
                .bindArray("ids", UUID.class, List.copyOf(ids))
                .map((rs, ctx) -> new Row(rs.getObject(1, UUID.class), Optional.ofNullable(rs.getString(2)),
                        Optional.ofNullable((Integer) rs.getObject(3)), Optional.ofNullable(rs.getObject(4, UUID.class)),
                        Optional.ofNullable(rs.getObject(5, UUID.class)), rs.getString(6)))
                .list();
    }

    @Override
    public List<SearchDocument> load(Handle handle, Collection<UUID> ids) {
        List<Row> rows = rows(handle, ids, "TRUE");
        List<UUID> found = rows.stream().map(Row::id).toList();
        Map<UUID, List<String>> names = PersonNames.decrypted(handle, vault, found);
        Map<UUID, PlaceChain> origins = PlaceChain.of(handle, rows.stream().map(Row::origin).flatMap(Optional::stream)
                .toList());
        List<SearchDocument> documents = new ArrayList<>();
        for (Row row : rows) {
            String code = PersonView.codeOf(row.id());
            SearchDocument.Builder document = SearchDocument.builder("person", row.id(),
                    new Access(row.organisationId(), Confidentiality.parse(row.confidentiality())));
            Optional<PlaceChain> origin = row.origin().map(origins::get);
            origin.ifPresent(chain -> Chains.index(document, chain));
            documents.add(document.code(code).title("en", code).title("ko", code)
                    .summary("en", detail(row, "en", origin.map(chain -> chain.path("en"))))
                    .summary("ko", detail(row, "ko", origin.map(chain -> chain.path("ko"))))
                    .names(NameHashes.of(names.getOrDefault(row.id(), List.of()), vault::blindIndex))
                    .subject(row.id())
                    .build());
        }
        return documents;
    }

    private static String detail(Row row, String language, Optional<String> origin) {
        Messages messages = Messages.of(language);
        return ActSource.join(row.sex().map(sex -> messages.t("sex." + sex)).orElse(""),
                row.birthYear().map(String::valueOf).orElse(""), origin.orElse(""));
    }

    @Override
    public Map<UUID, HitView> present(Handle handle, User user, Collection<UUID> ids, String language,
                                      boolean withProtectedText) {
        List<Row> rows = rows(handle, ids, access.visibleSql(user, "p"));
        Map<UUID, String> labels = persons.labels(handle, user, rows.stream().map(Row::id).toList());
        Map<UUID, PlaceChain> origins = PlaceChain.of(handle, rows.stream().map(Row::origin).flatMap(Optional::stream)
                .distinct().toList());
        Map<UUID, HitView> views = new LinkedHashMap<>();
        for (Row row : rows) {
            String code = PersonView.codeOf(row.id());
            String label = labels.getOrDefault(row.id(), code);
            String detail = detail(row, language, row.origin().map(origins::get).map(chain -> chain.path(language)));
            views.put(row.id(), new HitView(label, label.equals(code) ? detail : ActSource.join(code, detail),
                    "/persons/" + row.id(), Optional.empty()));
        }
        return views;
    }
}
