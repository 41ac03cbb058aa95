package org.kirok.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.kirok.engine.disclosure.DisclosureGate;
import org.kirok.engine.disclosure.ProtectedTable;
import org.kirok.web.Messages;

/**
 * Turns raw counts into labelled figures, through the disclosure gate when asked. Gated, each facet that partitions
 * the acts (type, year, province, sex, age group, and the places of the map) is protected as a one-way table with
 * the total; the total is then hidden everywhere if any table had to hide it, so that no table reveals what another
 * hid. Perpetrators are counted once per organisation and act (an act can have several), so that table is protected
 * on its own and shows no total. The trend is a two-way table of act types by before/since.
 */
final class ResultBuilder {
    private final Dimensions dimensions;
    private final Messages messages;
    private final String language;
    private final Optional<DisclosureGate> gate;
    private boolean totalHidden;

    ResultBuilder(Dimensions dimensions, String language, Optional<DisclosureGate> gate) {
        this.dimensions = dimensions;
        this.language = language;
        this.messages = Messages.of(language);
        this.gate = gate;
    }

    DashboardResult build(Facets facets, FacetCounts counts) {
        Map<Dimension, List<Figure>> figures = new EnumMap<>(Dimension.class);
        figures.put(Dimension.ACT_TYPE, partition(typeFigures(counts), counts.total(), true));
        figures.put(Dimension.YEAR, partition(yearFigures(counts), counts.total(), false));
        figures.put(Dimension.PROVINCE, partition(placeFigures(counts.byProvince(), counts.noProvince()), counts.total(), true));
        figures.put(Dimension.COUNTY, gateAlone(placeFigures(counts.byCounty(), 0), true));
        figures.put(Dimension.PERPETRATOR, gateAlone(perpetratorFigures(counts), true));
        figures.put(Dimension.SEX, partition(enumFigures(VictimSex.values(), counts.bySex()), counts.total(), false));
        figures.put(Dimension.AGE, partition(enumFigures(AgeGroup.values(), counts.byAge()), counts.total(), false));
        List<Figure> mapped = new ArrayList<>();
        List<Integer> mappedPlaces = new ArrayList<>();
        for (int p = 0; p < counts.byPlace().length; p++) {
            if (counts.byPlace()[p] > 0) {
                mapped.add(raw(dimensions.places.get(p).id().toString(), dimensions.places.get(p).label(language), counts.byPlace()[p]));
                mappedPlaces.add(p);
            }
        }
        mapped.add(raw("", messages.t("dashboard.unlocated"), counts.unlocated()));
        List<Figure> gatedPlaces = partition(mapped, counts.total(), false);
        List<DashboardResult.PlaceFigure> places = new ArrayList<>();
        for (int i = 0; i < mappedPlaces.size(); i++) {
            int p = mappedPlaces.get(i);
            places.add(new DashboardResult.PlaceFigure(dimensions.places.get(p).id(), dimensions.places.get(p).label(language),
                    dimensions.drawLat[p], dimensions.drawLon[p], gatedPlaces.get(i).count(), false));
        }
        OptionalLong unlocated = gatedPlaces.get(gatedPlaces.size() - 1).count();
        OptionalLong total = totalHidden ? OptionalLong.empty() : OptionalLong.of(counts.total());
        return new DashboardResult(facets, gate.isPresent(), total, figures, places, unlocated, facilities(),
                trend(facets, counts.trend()), counts.unknownYear());
    }

    private List<Figure> typeFigures(FacetCounts counts) {
        List<Figure> out = new ArrayList<>();
        for (int t = 0; t < counts.byType().length; t++) {
            out.add(raw(dimensions.types.get(t).code(), dimensions.types.get(t).label(language), counts.byType()[t]));
        }
        return out;
    }

    private List<Figure> yearFigures(FacetCounts counts) {
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < counts.byYear().length; i++) {
            String year = Integer.toString(counts.firstYear() + i);
            out.add(raw(year, year, counts.byYear()[i]));
        }
        if (counts.unknownYear() > 0) {
            out.add(raw("", messages.t("dashboard.year.unknown"), counts.unknownYear()));
        }
        return out;
    }

    private List<Figure> placeFigures(long[] byPlace, long none) {
        List<Figure> out = new ArrayList<>();
        for (int p = 0; p < byPlace.length; p++) {
            if (byPlace[p] > 0) {
                out.add(raw(dimensions.places.get(p).id().toString(), dimensions.places.get(p).label(language), byPlace[p]));
            }
        }
        if (none > 0) {
            out.add(raw("", messages.t("dashboard.place.unknown"), none));
        }
        return out;
    }

    private List<Figure> perpetratorFigures(FacetCounts counts) {
        List<Figure> out = new ArrayList<>();
        for (int o = 0; o < counts.byRootOrganisation().length; o++) {
            if (counts.byRootOrganisation()[o] > 0) {
                Dimensions.OrgInfo org = dimensions.organisations.get(o);
                out.add(raw(org.id().toString(), org.label(language), counts.byRootOrganisation()[o]));
            }
        }
        if (counts.noPerpetrator() > 0) {
            out.add(raw("", messages.t("dashboard.perpetrator.unknown"), counts.noPerpetrator()));
        }
        return out;
    }

    private List<Figure> enumFigures(Enum<?>[] values, long[] counts) {
        List<Figure> out = new ArrayList<>();
        for (Enum<?> value : values) {
            String key = value instanceof VictimSex sex ? sex.code() : ((AgeGroup) value).code();
            String messageKey = value instanceof VictimSex sex ? sex.messageKey() : ((AgeGroup) value).messageKey();
            out.add(raw(key, messages.t(messageKey), counts[value.ordinal()]));
        }
        return out;
    }

    private List<DashboardResult.PlaceFigure> facilities() {
        List<DashboardResult.PlaceFigure> out = new ArrayList<>();
        for (int p = 0; p < dimensions.places.size(); p++) {
            Dimensions.PlaceInfo place = dimensions.places.get(p);
            if (place.level().equals("facility") && !Double.isNaN(dimensions.drawLat[p])) {
                out.add(new DashboardResult.PlaceFigure(place.id(), place.label(language), dimensions.drawLat[p],
                        dimensions.drawLon[p], OptionalLong.empty(), true));
            }
        }
        return out;
    }

    /** A facet whose values partition the acts: protected with the total, which must agree across tables. */
    private List<Figure> partition(List<Figure> raw, long total, boolean sortByCount) {
        List<Figure> shown = raw;
        if (gate.isPresent()) {
            long[] values = raw.stream().mapToLong(f -> f.count().getAsLong()).toArray();
            ProtectedTable table = gate.get().protect(values);
            shown = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                shown.add(new Figure(raw.get(i).key(), raw.get(i).label(), table.count(i)));
            }
            totalHidden |= values.length > 0 && table.rowTotal(0).isEmpty();
            totalHidden |= total > 0 && total < gate.get().threshold();
        }
        return sortByCount ? sorted(shown) : shown;
    }

    private List<Figure> gateAlone(List<Figure> raw, boolean sortByCount) {
        List<Figure> shown = raw;
        if (gate.isPresent() && !raw.isEmpty()) {
            ProtectedTable table = gate.get().protect(raw.stream().mapToLong(f -> f.count().getAsLong()).toArray());
            shown = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                shown.add(new Figure(raw.get(i).key(), raw.get(i).label(), table.count(i)));
            }
        }
        return sortByCount ? sorted(shown) : shown;
    }

    private static List<Figure> sorted(List<Figure> figures) {
        return figures.stream().filter(f -> f.count().isEmpty() || f.count().getAsLong() > 0)
                .sorted(Comparator.comparing((Figure f) -> f.key().isEmpty())
                        .thenComparing(Comparator.comparingLong((Figure f) -> f.count().orElse(0)).reversed())
                        .thenComparing(Figure::label))
                .toList();
    }

    private Optional<DashboardResult.TrendResult> trend(Facets facets, FacetCounts.Trend trend) {
        if (!trend.present() || facets.since().isEmpty()) {
            return Optional.empty();
        }
        int types = trend.sinceByType().length;
        long[][] cells = new long[types][2];
        for (int t = 0; t < types; t++) {
            cells[t][0] = trend.beforeByType()[t];
            cells[t][1] = trend.sinceByType()[t];
        }
        Optional<ProtectedTable> table = gate.map(g -> g.protect(cells));
        List<DashboardResult.TrendRow> rows = new ArrayList<>();
        for (int t = 0; t < types; t++) {
            if (cells[t][0] + cells[t][1] == 0) {
                continue;
            }
            int row = t;
            rows.add(new DashboardResult.TrendRow(dimensions.types.get(t).code(), dimensions.types.get(t).label(language),
                    table.map(p -> p.cell(row, 0)).orElse(OptionalLong.of(cells[t][0])),
                    table.map(p -> p.cell(row, 1)).orElse(OptionalLong.of(cells[t][1]))));
        }
        OptionalLong before = table.map(p -> types == 0 ? OptionalLong.of(0) : p.columnTotal(0)).orElse(OptionalLong.of(trend.before()));
        OptionalLong since = table.map(p -> types == 0 ? OptionalLong.of(0) : p.columnTotal(1)).orElse(OptionalLong.of(trend.since()));
        return Optional.of(new DashboardResult.TrendResult(facets.since().get(), trend.days(), since, before, rows, trend.undated()));
    }

    private static Figure raw(String key, String label, long count) {
        return new Figure(key, label, OptionalLong.of(count));
    }
}
