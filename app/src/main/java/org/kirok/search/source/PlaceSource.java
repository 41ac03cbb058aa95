package org.kirok.search.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.search.Dimension;
import org.kirok.search.HitView;
import org.kirok.search.SearchSource;
import org.kirok.search.index.Access;
import org.kirok.search.index.SearchDocument;
import org.kirok.web.Messages;

/**
 * Places and detention facilities (public reference data): every name and variant, searchable in any romanization
 * through their place keys; the places above them as text (a facility is found by its county's name too).
 */
public final class PlaceSource implements SearchSource {

    @Override
    public String type() {
        return "place";
    }

    @Override
    public List<Dimension> dimensions() {
        return List.of(Dimensions.PLACE, Dimensions.FACILITY_TYPE);
    }

    @Override
    public Set<UUID> affected(Handle handle, String entity, Collection<UUID> ids) {
        return switch (entity) {
            case "place" -> Queries.ids(handle, "SELECT id FROM " + Subtrees.PLACES_BELOW + " below", ids);
            case "vocab_term" -> Queries.ids(handle, "SELECT place_id FROM facility WHERE facility_type_id = ANY(:ids)", ids);
            default -> Set.of();
        };
    }

    @Override
    public List<UUID> ids(Handle handle, Optional<UUID> after, int limit) {
        return Queries.page(handle, "place", "", after, limit);
    }

    @Override
    public List<SearchDocument> load(Handle handle, Collection<UUID> ids) {
        Map<UUID, PlaceChain> chains = PlaceChain.of(handle, ids);
        Map<UUID, List<String>> variants = new HashMap<>();
        handle.createQuery("SELECT id, name_variants FROM place WHERE id = ANY(:ids)")
                .bindArray("ids", UUID.class, List.copyOf(ids))
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), PlaceChain.strings(rs.getArray(2))))
                .forEach(entry -> variants.put(entry.getKey(), entry.getValue()));
        List<SearchDocument> documents = new ArrayList<>();
        chains.forEach((id, chain) -> {
            PlaceChain.Node place = chain.place();
            SearchDocument.Builder document = SearchDocument.builder("place", id, Access.PUBLIC_REFERENCE)
                    .title("en", place.nameEn()).title("ko", place.nameKo().orElse(place.nameEn()))
                    .summary("en", detail(chain, "en")).summary("ko", detail(chain, "ko"))
                    .text(place.nameEn()).facet(Dimensions.PLACE.name(), chain.idPath());
            place.nameKo().ifPresent(document::text);
            variants.getOrDefault(id, List.of()).forEach(document::text);
            place.keys().forEach(document::placeKey);
            place.facilityType().ifPresent(type -> document.facet(Dimensions.FACILITY_TYPE.name(), type));
            place.facilityEn().ifPresent(document::text);
            place.facilityKo().ifPresent(document::text);
            chain.nodes().subList(0, chain.nodes().size() - 1).forEach(above -> {
                document.text(above.nameEn());
                above.nameKo().ifPresent(document::text);
            });
            documents.add(document.build());
        });
        return documents;
    }

    /** "Facility · Onsong, North Hamgyong, North Korea". */
    private static String detail(PlaceChain chain, String language) {
        PlaceChain.Node place = chain.place();
        String kind = place.facilityType().isPresent()
                ? (language.equals("ko") ? place.facilityKo() : place.facilityEn()).orElse("")
                : Messages.of(language).t("place.level." + place.level());
        List<PlaceChain.Node> above = chain.nodes().subList(0, chain.nodes().size() - 1);
        return ActSource.join(kind, above.isEmpty() ? "" : new PlaceChain(above).path(language));
    }

    @Override
    public Map<UUID, HitView> present(Handle handle, org.kirok.security.User user, Collection<UUID> ids,
                                      String language, boolean withProtectedText) {
        Map<UUID, HitView> views = new LinkedHashMap<>();
        PlaceChain.of(handle, ids).forEach((id, chain) -> {
            PlaceChain.Node place = chain.place();
            views.put(id, new HitView(language.equals("ko") ? place.nameKo().orElse(place.nameEn()) : place.nameEn(),
                    detail(chain, language), "/places/" + id, Optional.empty()));
        });
        return views;
    }
}
