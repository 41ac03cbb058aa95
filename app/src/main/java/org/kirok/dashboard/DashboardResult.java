package org.kirok.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The answer to one dashboard question in the reader's language: the total, each facet's figures, the places to
 * map, and the trend around the chosen date. When {@code gated}, every count passed the disclosure gate and hidden
 * ones are empty. Immutable.
 */
public record DashboardResult(Facets facets, boolean gated, OptionalLong total, Map<Dimension, List<Figure>> figures,
                              List<PlaceFigure> places, OptionalLong unlocated, List<PlaceFigure> facilities,
                              Optional<TrendResult> trend, long unknownYear) {

    /** A place with its count and where it is drawn. */
    public record PlaceFigure(UUID id, String label, double lat, double lon, OptionalLong count, boolean facility) {
    }

    /** Acts since a date against as many days before it, in all and per act type. */
    public record TrendResult(LocalDate since, int days, OptionalLong sinceTotal, OptionalLong beforeTotal,
                              List<TrendRow> rows, long undated) {
    }

    /** One act type's counts before and since the date. */
    public record TrendRow(String key, String label, OptionalLong before, OptionalLong since) {
    }

    public List<Figure> figures(Dimension dimension) {
        return figures.getOrDefault(dimension, List.of());
    }
}
