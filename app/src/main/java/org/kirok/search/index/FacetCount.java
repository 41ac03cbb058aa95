package org.kirok.search.index;

/** How many hits (that the user may read) have this facet value. */
public record FacetCount(String value, long count) {
}
