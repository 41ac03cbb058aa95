package org.kirok.dashboard;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Counts one dashboard question in a single pass over the acts. For each act it tests every facet; an act that
 * fails none counts everywhere, an act that fails exactly one counts only in that facet's alternatives (the usual
 * way faceted search keeps a chosen facet's other values countable). Stateless apart from the question; runs under
 * the index's read lock.
 */
final class FacetScan {
    private static final int TYPE = FacetMatcher.TYPE, PERIOD = FacetMatcher.PERIOD, PLACE = FacetMatcher.PLACE,
            PERPETRATOR = FacetMatcher.PERPETRATOR, SEX = FacetMatcher.SEX, AGE = FacetMatcher.AGE;

    private final Dimensions dimensions;
    private final FacetMatcher matcher;
    private final int countyProvince;
    private final Facets facets;
    private final int firstYear;
    private final int lastYear;

    private final boolean disjunctive;

    /** {@code disjunctive}: count a facet's alternatives too (internal views); else only acts matching all facets. */
    FacetScan(Dimensions dimensions, Facets facets, int dataFirstYear, int dataLastYear, boolean disjunctive) {
        this.disjunctive = disjunctive;
        this.dimensions = dimensions;
        this.facets = facets;
        this.matcher = new FacetMatcher(dimensions, facets);
        this.countyProvince = matcher.selectedProvince;
        this.firstYear = facets.yearFrom().orElse(Math.max(1900, dataFirstYear));
        this.lastYear = facets.yearTo().orElse(Math.max(this.firstYear, Math.min(2200, dataLastYear)));
    }

    FacetCounts run(ActSlots slots, boolean[] visibleClasses) {
        long total = 0, unknownYear = 0, noProvince = 0, noPerpetrator = 0, unlocated = 0;
        long[] byType = new long[dimensions.types.size()];
        long[] byYear = new long[lastYear - firstYear + 1];
        long[] byProvince = new long[dimensions.places.size()];
        long[] byCounty = new long[dimensions.places.size()];
        long[] byRoot = new long[dimensions.organisations.size()];
        long[] bySex = new long[VictimSex.values().length];
        long[] byAge = new long[AgeGroup.values().length];
        long[] byPlace = new long[dimensions.places.size()];
        TrendCounter trend = new TrendCounter(facets.since(), dimensions.types.size());
        for (int s = 0; s < slots.size; s++) {
            int visibility = slots.visibility[s];
            if (visibility < 0 || visibility >= visibleClasses.length || !visibleClasses[visibility]) {
                continue;
            }
            int type = slots.type[s];
            int place = slots.place[s];
            int[] perpetrators = slots.perpetrators[s];
            int failed = matcher.failed(slots, s);
            if (failed != 0 && (!disjunctive || Integer.bitCount(failed) > 1)) {
                continue;
            }
            boolean all = failed == 0;
            if ((all || failed == TYPE) && type >= 0) {
                byType[type]++;
            }
            if (all || failed == PERIOD) {
                int year = slots.yearStart[s];
                if (year == ActSlots.UNKNOWN_YEAR) {
                    unknownYear++;
                } else if (year >= firstYear && year <= lastYear) {
                    byYear[year - firstYear]++;
                }
            }
            if (all || failed == PLACE) {
                int province = place < 0 ? -1 : dimensions.provinceOf[place];
                if (province < 0) {
                    noProvince++;
                } else {
                    byProvince[province]++;
                }
                int county = place < 0 ? -1 : dimensions.countyOf[place];
                if (county >= 0 && (countyProvince < 0 || province == countyProvince)) {
                    byCounty[county]++;
                }
            }
            if (all || failed == PERPETRATOR) {
                if (perpetrators.length == 0) {
                    noPerpetrator++;
                }
                countRoots(perpetrators, byRoot);
            }
            if (all || failed == SEX) {
                bySex[slots.sex[s]]++;
            }
            if (all || failed == AGE) {
                byAge[slots.age[s]]++;
            }
            if (all) {
                total++;
                if (place >= 0 && !Double.isNaN(dimensions.drawLat[place])) {
                    byPlace[place]++;
                } else {
                    unlocated++;
                }
                trend.add(slots.startDay[s], type);
            }
        }
        return new FacetCounts(total, byType, firstYear, byYear, unknownYear, byProvince, noProvince, byCounty, byRoot,
                noPerpetrator, bySex, byAge, byPlace, unlocated, trend.result());
    }

    /** Counts each top-level organisation once per act, however many of its units took part. */
    private void countRoots(int[] organisations, long[] byRoot) {
        for (int i = 0; i < organisations.length; i++) {
            int root = dimensions.rootOf[organisations[i]];
            boolean seen = false;
            for (int j = 0; j < i && !seen; j++) {
                seen = dimensions.rootOf[organisations[j]] == root;
            }
            if (!seen) {
                byRoot[root]++;
            }
        }
    }

    /** The acts that began since the chosen date, and in as many days before it. */
    private static final class TrendCounter {
        private final boolean present;
        private final int sinceDay;
        private final int beforeDay;
        private final int days;
        private long since;
        private long before;
        private long undated;
        private final long[] sinceByType;
        private final long[] beforeByType;

        TrendCounter(Optional<LocalDate> date, int types) {
            this.present = date.isPresent();
            this.sinceDay = date.map(d -> (int) d.toEpochDay()).orElse(0);
            this.days = date.map(d -> (int) (LocalDate.now().toEpochDay() - d.toEpochDay()) + 1).orElse(0);
            this.beforeDay = sinceDay - days;
            this.sinceByType = new long[types];
            this.beforeByType = new long[types];
        }

        void add(int startDay, int type) {
            if (!present) {
                return;
            }
            if (startDay == ActSlots.UNKNOWN_DAY) {
                undated++;
            } else if (startDay >= sinceDay) {
                since++;
                if (type >= 0) {
                    sinceByType[type]++;
                }
            } else if (startDay >= beforeDay) {
                before++;
                if (type >= 0) {
                    beforeByType[type]++;
                }
            }
        }

        FacetCounts.Trend result() {
            return new FacetCounts.Trend(present, days, since, before, sinceByType, beforeByType, undated);
        }
    }
}
