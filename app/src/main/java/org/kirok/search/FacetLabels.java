package org.kirok.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Labels of facet values (ids and codes in the index) in the reader's language, and for hierarchical dimensions the
 * path from the root to a value, so that choosing a place drills down to its children.
 */
public interface FacetLabels {

    /** Labels for the values; a value without a label shows as itself. */
    Map<String, String> labels(Handle handle, String language, Collection<String> values);

    /** The root-first path of a value in a hierarchical dimension; flat dimensions: the value itself. */
    default List<String> path(Handle handle, String value) {
        return List.of(value);
    }
}
