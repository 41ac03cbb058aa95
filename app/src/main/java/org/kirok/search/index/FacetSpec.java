package org.kirok.search.index;

/**
 * A facet dimension: its name, whether its values form a hierarchy (drill-down shows the children of the
 * chosen value), and whether one document may hold several values.
 */
public record FacetSpec(String name, boolean hierarchical, boolean multiValued) {
    public static final FacetSpec TYPE = new FacetSpec("type", false, false);
    public static final FacetSpec CONFIDENTIALITY = new FacetSpec("confidentiality", false, false);
    /** Decade, then year ("2010s" → "2014"). */
    public static final FacetSpec DATE = new FacetSpec("date", true, false);

    public FacetSpec {
        FacetPath.of(name, "check"); // the same naming rule as documents use
    }
}
