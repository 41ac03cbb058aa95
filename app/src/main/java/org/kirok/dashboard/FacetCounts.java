package org.kirok.dashboard;

/**
 * The raw counts of one dashboard question, indexed like {@link Dimensions}: for each facet the counts of acts that
 * match every other facet (so the chosen value's alternatives stay visible — "disjunctive" faceting), the counts per
 * place of the acts that match all facets, and the trend around the chosen date. Arrays are owned by this object.
 */
record FacetCounts(long total, long[] byType, int firstYear, long[] byYear, long unknownYear, long[] byProvince,
                   long noProvince, long[] byCounty, long[] byRootOrganisation, long noPerpetrator, long[] bySex,
                   long[] byAge, long[] byPlace, long unlocated, Trend trend) {

    /** Acts since the chosen date against the same length of time before it, in all and per act type. */
    record Trend(boolean present, int days, long since, long before, long[] sinceByType, long[] beforeByType,
                 long undated) {
    }
}
