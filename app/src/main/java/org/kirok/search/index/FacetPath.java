package org.kirok.search.index;

import java.util.List;

/**
 * One facet value of a document: the dimension and the path to the value, root first ("place": country,
 * province, county, facility — ids, so that renaming a place changes its label, not the index). Flat
 * dimensions have paths of one element.
 */
public record FacetPath(String dimension, List<String> path) {
    static final int MAX_ELEMENT = 200;

    public FacetPath {
        if (dimension == null || !dimension.matches("[a-z][a-z0-9_]{0,39}")) {
            throw new IllegalArgumentException("a facet dimension is 1 to 40 lower-case letters, digits or _ (got '"
                    + dimension + "')");
        }
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("the facet value of " + dimension + " is empty");
        }
        for (String element : path) {
            if (element.isBlank() || element.length() > MAX_ELEMENT || element.indexOf('\u001f') >= 0) {
                throw new IllegalArgumentException("bad facet value '" + element + "' in " + dimension
                        + ": 1 to " + MAX_ELEMENT + " characters, not blank, no unit separator");
            }
        }
    }

    public static FacetPath of(String dimension, String... path) {
        return new FacetPath(dimension, List.of(path));
    }

    /** The value the path ends in. */
    public String leaf() {
        return path.get(path.size() - 1);
    }
}
