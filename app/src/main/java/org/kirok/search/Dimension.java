package org.kirok.search;

import java.util.Objects;
import org.kirok.search.index.FacetSpec;

/** A facet dimension a source declares, with how its values are labelled and placed in their hierarchy. */
public record Dimension(FacetSpec spec, FacetLabels labels) {

    public Dimension {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(labels, "labels");
    }

    public String name() {
        return spec.name();
    }
}
