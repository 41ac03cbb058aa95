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
import org.kirok.search.Dimension;
import org.kirok.search.HitView;
import org.kirok.search.SearchSource;
import org.kirok.search.index.Access;
import org.kirok.search.index.DateSpan;
import org.kirok.search.index.SearchDocument;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;

/**
 * Acts (one violation against one victim) as search documents: type, victim (by id, so that a name search finds
 * the acts of the persons the user may read), perpetrators, the place and every place above it, the fuzzy date,
 * the sources' reference codes, consequences and legal basis — in English and Korean. Act notes are not indexed.
 */
public final class ActSource implements SearchSource {
    private final AccessPolicy access;
    private final PersonService persons;

    public ActSource(AccessPolicy access, PersonService persons) {
        this.access = access;
        this.persons = persons;
    }

    @Override
    public String type() {
        return "act";
    }

    @Override
    public List<Dimension> dimensions() {
        return List.of(Dimensions.ACT_TYPE, Dimensions.PLACE, Dimensions.FACILITY_TYPE, Dimensions.PERPETRATOR,
                Dimensions.SOURCE_ORGANISATION);
    }

    @Override
    public Set<UUID> affected(Handle handle, String entity, Collection<UUID> ids) {
        return switch (entity) {
            case "act" -> new HashSet<>(ids);
            case "place" -> Queries.ids(handle, "SELECT id FROM act WHERE place_id IN " + Subtrees.PLACES_BELOW, ids);
            case "organisation" -> Queries.ids(handle,
                    "SELECT act_id FROM involvement WHERE perpetrator_org_id = ANY(:ids)", ids);
            case "source" -> Queries.ids(handle, "SELECT act_id FROM information WHERE source_id = ANY(:ids)", ids);
            case "event" -> Queries.ids(handle, "SELECT id FROM act WHERE event_id = ANY(:ids)", ids);
            case "vocab_term" -> Queries.ids(handle, """
                    SELECT id FROM act WHERE act_type_id = ANY(:ids)
                    UNION SELECT act_id FROM act_consequence WHERE term_id = ANY(:ids)
                    UNION SELECT a.id FROM act a JOIN facility f ON f.place_id = a.place_id
                          WHERE f.facility_type_id = ANY(:ids)""", ids);
            case "law" -> Queries.ids(handle, """
                    SELECT a.id FROM act a JOIN law_article ar ON ar.id = a.legal_basis_id
                    JOIN law_version lv ON lv.id = ar.law_version_id WHERE lv.law_id = ANY(:ids)""", ids);
            case "law_version" -> Queries.ids(handle, """
                    SELECT a.id FROM act a JOIN law_article ar ON ar.id = a.legal_basis_id
                    WHERE ar.law_version_id = ANY(:ids)""", ids);
            case "law_article" -> Queries.ids(handle, "SELECT id FROM act WHERE legal_basis_id = ANY(:ids)", ids);
            default -> Set.of();
        };
    }

    @Override
    public List<UUID> ids(Handle handle, Optional<UUID> after, int limit) {
        return Queries.page(handle, "act", "", after, limit);
    }

    @Override
    public List<SearchDocument> load(Handle handle, Collection<UUID> ids) {
        List<ActRows.Act> acts = ActRows.acts(handle, ids);
        if (acts.isEmpty()) {
            return List.of();
        }
        List<UUID> found = acts.stream().map(ActRows.Act::id).toList();
        Map<UUID, List<ActRows.Perpetrator>> perpetrators = ActRows.perpetrators(handle, found);
        Map<UUID, List<ActRows.Source>> sources = ActRows.sources(handle, found);
        Map<UUID, List<String>> consequences = ActRows.consequences(handle, found);
        Map<UUID, PlaceChain> places = PlaceChain.of(handle,
                acts.stream().map(ActRows.Act::placeId).flatMap(Optional::stream).toList());
        List<SearchDocument> documents = new ArrayList<>();
        for (ActRows.Act act : acts) {
            documents.add(document(act, perpetrators.getOrDefault(act.id(), List.of()),
                    sources.getOrDefault(act.id(), List.of()), consequences.getOrDefault(act.id(), List.of()),
                    act.placeId().map(places::get)));
        }
        return documents;
    }

    private static SearchDocument document(ActRows.Act act, List<ActRows.Perpetrator> perpetrators,
                                           List<ActRows.Source> sources, List<String> consequences,
                                           Optional<PlaceChain> place) {
        SearchDocument.Builder document = SearchDocument.builder("act", act.id(),
                new Access(act.organisationId(), Confidentiality.parse(act.confidentiality())));
        String date = DateText.of(act.dateStart(), act.dateEnd(), act.precision());
        List<String> organisationsEn = new ArrayList<>();
        List<String> organisationsKo = new ArrayList<>();
        for (ActRows.Perpetrator perpetrator : perpetrators) {
            perpetrator.personId().ifPresent(document::relatedPerson);
            perpetrator.organisationId().ifPresent(id -> document.facet(Dimensions.PERPETRATOR.name(), id.toString()));
            perpetrator.nameEn().ifPresent(name -> {
                document.text(name);
                organisationsEn.add(name);
            });
            perpetrator.nameKo().ifPresent(name -> {
                document.text(name);
                organisationsKo.add(name);
            });
            perpetrator.abbreviation().ifPresent(document::text);
        }
        for (ActRows.Source source : sources) {
            document.code(source.reference());
            source.organisationId().ifPresent(id -> document.facet(Dimensions.SOURCE_ORGANISATION.name(), id.toString()));
        }
        consequences.forEach(document::text);
        act.eventTitle().ifPresent(document::text);
        act.legalBasis().ifPresent(document::text);
        place.ifPresent(chain -> Chains.index(document, chain));
        return document.code(act.caseCode())
                .title("en", act.caseCode() + " · " + act.typeEn())
                .title("ko", act.caseCode() + " · " + act.typeKo())
                .summary("en", join(act.typeEn(), date, place.map(chain -> chain.path("en")).orElse(""),
                        String.join(", ", organisationsEn)))
                .summary("ko", join(act.typeKo(), date, place.map(chain -> chain.path("ko")).orElse(""),
                        String.join(", ", organisationsKo.isEmpty() ? organisationsEn : organisationsKo)))
                .text(act.typeEn()).text(act.typeKo())
                .facet(Dimensions.ACT_TYPE.name(), act.typeCode())
                .relatedPerson(act.victimId())
                .subject(act.victimId())
                .date(DateSpan.of(act.dateStart(), act.dateEnd()))
                .build();
    }

    @Override
    public Map<UUID, HitView> present(Handle handle, User user, Collection<UUID> ids, String language,
                                      boolean withProtectedText) {
        record Row(UUID id, String caseCode, UUID victim, String date, Optional<UUID> place, String type) {
        }
        List<Row> rows = handle.createQuery("""
                SELECT a.id, a.case_code, a.victim_id, a.date_start, a.date_end, a.date_precision, a.place_id,
                       CASE WHEN :lang = 'ko' THEN t.label_ko ELSE t.label_en END
                FROM act a JOIN vocab_term t ON t.id = a.act_type_id
                WHERE a.id = ANY(:ids) AND """ + access.visibleSql(user, "a"))
                .bindArray("ids", UUID.class, List.copyOf(ids)).bind("lang", language)
                .map((rs, ctx) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                        DateText.of(rs.getObject(4, java.time.LocalDate.class), rs.getObject(5, java.time.LocalDate.class),
                                rs.getString(6)), Optional.ofNullable(rs.getObject(7, UUID.class)), rs.getString(8)))
                .list();
        Map<UUID, String> victims = persons.labels(handle, user, rows.stream().map(Row::victim).distinct().toList());
        Map<UUID, PlaceChain> places = PlaceChain.of(handle, rows.stream().map(Row::place).flatMap(Optional::stream)
                .distinct().toList());
        Map<UUID, HitView> views = new LinkedHashMap<>();
        for (Row row : rows) {
            String where = row.place().map(places::get).map(chain -> chain.path(language)).orElse("");
            views.put(row.id(), new HitView(row.caseCode() + " · " + row.type(),
                    join(victims.get(row.victim()), row.date(), where), "/acts/" + row.id(), Optional.empty()));
        }
        return views;
    }

    static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return String.join(" · ", present);
    }
}
