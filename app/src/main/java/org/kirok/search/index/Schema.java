package org.kirok.search.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The facet dimensions of an index: the derived ones (type, confidentiality, date) plus those the document types
 * declare. Two types may share a dimension ("place") only with the same shape. Immutable, thread-safe.
 */
public final class Schema {
    private final Map<String, FacetSpec> dimensions;
    private final FacetsConfig config = new FacetsConfig();

    public Schema(Collection<FacetSpec> declared) {
        Map<String, FacetSpec> all = new LinkedHashMap<>();
        for (FacetSpec spec : List.of(FacetSpec.TYPE, FacetSpec.CONFIDENTIALITY, FacetSpec.DATE)) {
            all.put(spec.name(), spec);
        }
        for (FacetSpec spec : declared) {
            FacetSpec earlier = all.putIfAbsent(spec.name(), spec);
            if (earlier != null && !earlier.equals(spec)) {
                throw new IllegalArgumentException("the facet " + spec.name() + " is declared twice with different shapes: "
                        + earlier + " and " + spec);
            }
        }
        this.dimensions = Map.copyOf(all);
        all.values().forEach(spec -> {
            config.setHierarchical(spec.name(), spec.hierarchical());
            config.setMultiValued(spec.name(), spec.multiValued());
            // filters use the index's own "f." fields, one term per node; Lucene's drill-down terms would double them
            config.setDrillDownTermsIndexing(spec.name(), FacetsConfig.DrillDownTermsIndexing.NONE);
        });
    }

    public Optional<FacetSpec> dimension(String name) {
        return Optional.ofNullable(dimensions.get(name));
    }

    /** Every dimension, the derived ones first. */
    public List<FacetSpec> dimensions() {
        List<FacetSpec> ordered = new ArrayList<>(List.of(FacetSpec.TYPE, FacetSpec.CONFIDENTIALITY, FacetSpec.DATE));
        dimensions.values().stream().filter(spec -> !ordered.contains(spec))
                .sorted(java.util.Comparator.comparing(FacetSpec::name)).forEach(ordered::add);
        return ordered;
    }

    FacetsConfig facetsConfig() {
        return config;
    }
}
