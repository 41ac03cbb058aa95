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

/** Facet values that are organisation ids, labelled with the organisation's name (organisations are reference data). */
final class OrganisationLabels implements FacetLabels {

    @Override
    public Map<String, String> labels(Handle handle, String language, Collection<String> values) {
        List<UUID> ids = values.stream().map(Ids::parseOptional).flatMap(Optional::stream).toList();
        Map<String, String> labels = new LinkedHashMap<>();
        handle.createQuery("SELECT id, name_en, name_ko, abbreviation FROM organisation WHERE id = ANY(:ids)")
                .bindArray("ids", UUID.class, ids)
                .map((rs, ctx) -> {
                    String name = language.equals("ko") && rs.getString(3) != null ? rs.getString(3) : rs.getString(2);
                    String abbreviation = rs.getString(4);
                    return Map.entry(rs.getObject(1, UUID.class).toString(),
                            abbreviation == null || abbreviation.isBlank() ? name : name + " (" + abbreviation + ")");
                })
                .forEach(entry -> labels.put(entry.getKey(), entry.getValue()));
        return labels;
    }
}
