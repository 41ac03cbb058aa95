package org.kirok.engine.estimate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Capture tables of the same lists, one per stratum (a period, a province, a kind of act …), in
 * the order given. Estimating per stratum and summing lets capture probabilities differ between
 * strata, a main source of heterogeneity (Lum, Price &amp; Banks 2013).
 */
public record StratifiedTable(Map<String, CaptureTable> strata) {

    public StratifiedTable {
        if (strata.isEmpty()) {
            throw new IllegalArgumentException("a stratified table needs at least one stratum");
        }
        List<String> lists = strata.values().iterator().next().lists();
        for (Map.Entry<String, CaptureTable> stratum : strata.entrySet()) {
            if (stratum.getKey().isBlank()) {
                throw new IllegalArgumentException("stratum names must not be blank: " + strata.keySet());
            }
            if (!stratum.getValue().lists().equals(lists)) {
                throw new IllegalArgumentException("stratum '" + stratum.getKey() + "' has lists "
                        + stratum.getValue().lists() + ", the others " + lists);
            }
        }
        strata = Collections.unmodifiableMap(new LinkedHashMap<>(strata));
    }

    public List<String> lists() {
        return strata.values().iterator().next().lists();
    }

    public long observed() {
        return strata.values().stream().mapToLong(CaptureTable::observed).sum();
    }
}
