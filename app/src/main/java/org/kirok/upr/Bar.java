package org.kirok.upr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One bar of a horizontal bar chart drawn as SVG on the statistics page: label, count, and length in pixels. */
public record Bar(String label, long count, int length) {
    static final int FULL = 360;

    /** The largest {@code limit} counts as bars scaled to the largest, labels looked up by key. */
    static List<Bar> chart(Map<String, Long> counts, Function<String, String> label, int limit) {
        long largest = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .forEach(e -> bars.add(new Bar(label.apply(e.getKey()), e.getValue(),
                        largest == 0 ? 0 : (int) Math.max(1, Math.round((double) FULL * e.getValue() / largest)))));
        return bars;
    }
}
