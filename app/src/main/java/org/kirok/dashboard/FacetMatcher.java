package org.kirok.dashboard;

import java.util.Optional;

/**
 * Tests one act against every facet and says which facets it fails, as bits: the one definition of "matches the
 * dashboard's filters" for counts, lists and exports. Immutable after construction.
 */
final class FacetMatcher {
    static final int TYPE = 1, PERIOD = 2, PLACE = 4, PERPETRATOR = 8, SEX = 16, AGE = 32;

    final int typeFilter;
    final boolean[] placeMatch;
    final int selectedProvince;
    private final boolean[] organisationMatch;
    private final boolean periodFilter;
    private final int from;
    private final int to;
    private final int sexFilter;
    private final int ageFilter;

    FacetMatcher(Dimensions dimensions, Facets facets) {
        this.typeFilter = facets.actType().map(code -> dimensions.typeByCode(code).orElse(-2)).orElse(-1);
        Optional<Integer> place = facets.place().map(id -> dimensions.place(id).orElse(-2));
        this.placeMatch = place.map(p -> p < 0 ? new boolean[dimensions.places.size()] : dimensions.placeSubtree(p)).orElse(null);
        this.selectedProvince = place.filter(p -> p >= 0).map(p -> dimensions.provinceOf[p]).orElse(-1);
        this.organisationMatch = facets.perpetrator().map(id -> dimensions.organisation(id)
                .map(dimensions::organisationSubtree).orElse(new boolean[dimensions.organisations.size()])).orElse(null);
        this.periodFilter = facets.yearFrom().isPresent() || facets.yearTo().isPresent();
        this.from = facets.yearFrom().orElse(Integer.MIN_VALUE);
        this.to = facets.yearTo().orElse(Integer.MAX_VALUE);
        this.sexFilter = facets.sex().map(Enum::ordinal).orElse(-1);
        this.ageFilter = facets.age().map(Enum::ordinal).orElse(-1);
    }

    int failed(ActSlots s, int slot) {
        int failed = 0;
        if (typeFilter != -1 && s.type[slot] != typeFilter) {
            failed |= TYPE;
        }
        if (periodFilter && (s.yearStart[slot] == ActSlots.UNKNOWN_YEAR || s.yearEnd[slot] < from || s.yearStart[slot] > to)) {
            failed |= PERIOD;
        }
        int place = s.place[slot];
        if (placeMatch != null && (place < 0 || !placeMatch[place])) {
            failed |= PLACE;
        }
        if (organisationMatch != null && !any(s.perpetrators[slot], organisationMatch)) {
            failed |= PERPETRATOR;
        }
        if (sexFilter >= 0 && s.sex[slot] != sexFilter) {
            failed |= SEX;
        }
        if (ageFilter >= 0 && s.age[slot] != ageFilter) {
            failed |= AGE;
        }
        return failed;
    }

    boolean matches(ActSlots s, int slot) {
        return failed(s, slot) == 0;
    }

    private static boolean any(int[] organisations, boolean[] match) {
        for (int organisation : organisations) {
            if (match[organisation]) {
                return true;
            }
        }
        return false;
    }
}
