package org.kirok.search.index;

import java.util.List;

/** The counted values of one dimension; for a hierarchy, the children of {@code path}. */
public record DimensionCounts(String dimension, List<String> path, List<FacetCount> values) {

    public DimensionCounts {
        path = List.copyOf(path);
        values = List.copyOf(values);
    }
}
