package org.kirok.search.source;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.search.FacetLabels;
import org.kirok.store.Ids;

/** Facet values that are place ids: labelled with the place's name; a place's path runs from its country down. */
final class PlaceLabels implements FacetLabels {

    @Override
    public Map<String, String> labels(Handle handle, String language, Collection<String> values) {
        List<UUID> ids = values.stream().map(Ids::parseOptional).flatMap(Optional::stream).toList();
        Map<String, String> labels = new LinkedHashMap<>();
        handle.createQuery("SELECT id, name_en, name_ko FROM place WHERE id = ANY(:ids)")
                .bindArray("ids", UUID.class, ids)
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class).toString(),
                        language.equals("ko") && rs.getString(3) != null ? rs.getString(3) : rs.getString(2)))
                .forEach(entry -> labels.put(entry.getKey(), entry.getValue()));
        return labels;
    }

    @Override
    public List<String> path(Handle handle, String value) {
        return Ids.parseOptional(value)
                .flatMap(id -> Optional.ofNullable(PlaceChain.of(handle, List.of(id)).get(id)))
                .map(PlaceChain::idPath)
                .orElse(List.of(value));
    }
}
