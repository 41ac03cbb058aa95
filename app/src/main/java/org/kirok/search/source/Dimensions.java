package org.kirok.search.source;

import org.kirok.search.Dimension;
import org.kirok.search.index.FacetSpec;

/**
 * The facet dimensions of the built-in sources. "place" is the record's place — where an act happened, where an
 * interview took place, where a person comes from, a place itself — as a drill-down from country to facility.
 */
public final class Dimensions {
    public static final Dimension ACT_TYPE = new Dimension(new FacetSpec("act_type", false, false),
            new VocabularyLabels("act_type"));
    public static final Dimension PLACE = new Dimension(new FacetSpec("place", true, false), new PlaceLabels());
    public static final Dimension FACILITY_TYPE = new Dimension(new FacetSpec("facility_type", false, false),
            new VocabularyLabels("facility_type"));
    /** Perpetrator organisations of an act. */
    public static final Dimension PERPETRATOR = new Dimension(new FacetSpec("perpetrator", false, true),
            new OrganisationLabels());
    /** The organisations that recorded the sources an act rests on (or a testimony itself). */
    public static final Dimension SOURCE_ORGANISATION = new Dimension(new FacetSpec("source_org", false, true),
            new OrganisationLabels());

    private Dimensions() {
    }
}
