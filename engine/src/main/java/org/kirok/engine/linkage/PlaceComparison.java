package org.kirok.engine.linkage;

import java.util.List;
import java.util.Objects;
import org.kirok.engine.name.PlaceKeys;

/**
 * Compares places (hometowns, places of arrest) through {@link PlaceKeys} and a {@link Gazetteer}:
 * the same place under any spelling is exact; places within {@code nearKilometres} (a town and
 * its county seat) or spellings one slip apart are near; the same region, or within
 * {@code regionKilometres}, is a weak agreement.
 */
public record PlaceComparison(String name, String column, Gazetteer gazetteer, double nearKilometres,
        double regionKilometres, boolean termFrequencies) implements Comparison {
    public PlaceComparison {
        Settings.requireName(name, "comparison");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(gazetteer, "gazetteer");
        if (!(nearKilometres > 0) || !(regionKilometres >= nearKilometres)) {
            throw new IllegalArgumentException("comparison '" + name + "': need 0 < near (" + nearKilometres
                    + " km) ≤ region (" + regionKilometres + " km)");
        }
    }

    @Override
    public List<String> columns() {
        return List.of(column);
    }

    @Override
    public List<String> levelLabels() {
        return List.of("different", "same region", "near", "same place");
    }

    @Override
    public Prepared prepare(Records records) {
        int index = records.requireColumn(column);
        int n = records.size();
        String[] keys = new String[n];
        Gazetteer.Place[] places = new Gazetteer.Place[n];
        // regions compared by their keys: gazetteers built from several files spell one province
        // several ways ("Ryanggang Province", "Yanggang-do")
        String[] regions = new String[n];
        java.util.Map<String, String> regionKeys = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            keys[i] = PlaceKeys.canonical(records.value(index, i));
            places[i] = keys[i].isEmpty() ? null : gazetteer.findByKey(keys[i]).orElse(null);
            regions[i] = places[i] == null ? "" : regionKeys.computeIfAbsent(places[i].region(), PlaceKeys::canonical);
        }
        double[] frequencies = termFrequencies ? TermFrequencies.of(keys) : null;
        return new Prepared() {
            @Override
            public int level(int left, int right) {
                if (keys[left].isEmpty() || keys[right].isEmpty()) {
                    return MISSING;
                }
                if (keys[left].equals(keys[right])) {
                    return 3;
                }
                Gazetteer.Place a = places[left];
                Gazetteer.Place b = places[right];
                if (a != null && b != null) {
                    if (a.equals(b)) {
                        return 3;
                    }
                    double distance = a.kilometresTo(b);
                    if (distance <= nearKilometres) {
                        return 2;
                    }
                    boolean sameRegion = !regions[left].isEmpty() && regions[left].equals(regions[right]);
                    return sameRegion || distance <= regionKilometres ? 1 : 0;
                }
                return DamerauLevenshtein.distance(keys[left], keys[right], 1) <= 1 ? 2 : 0;
            }

            @Override
            public double termFrequency(int record) {
                return frequencies == null ? Double.NaN : frequencies[record];
            }

            @Override
            public String shown(int record) {
                return places[record] != null ? places[record].name() : keys[record];
            }
        };
    }
}
