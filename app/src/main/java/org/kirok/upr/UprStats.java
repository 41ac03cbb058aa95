package org.kirok.upr;

import java.util.Map;

/**
 * Counts of the recommendations a review (or cycle) received: totals by response, by UPR Info action category,
 * by issue code, by recommending state (ISO code) and by the recommending states' regional groups. These are
 * counts of public UN documents, not of people, so they need no disclosure control.
 */
public record UprStats(long total, long supported, long noted, long withoutResponse, Map<String, Long> byActionCategory,
                       Map<String, Long> byIssue, Map<String, Long> byRecommendingState,
                       Map<String, Long> byRegionalGroup) {

    public UprStats {
        byActionCategory = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byActionCategory));
        byIssue = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byIssue));
        byRecommendingState = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byRecommendingState));
        byRegionalGroup = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byRegionalGroup));
    }

    /** The largest count among the categories, for scaling bar charts. */
    public long largest(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
