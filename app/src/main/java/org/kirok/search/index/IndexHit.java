package org.kirok.search.index;

import java.util.Map;
import java.util.UUID;

/** One hit as the index knows it: what it is, how well it matched, and its stored title and summary. */
public record IndexHit(String type, UUID id, float score, Map<String, String> titles, Map<String, String> summaries) {

    public IndexHit {
        titles = Map.copyOf(titles);
        summaries = Map.copyOf(summaries);
    }

    public String title(String language) {
        return titles.getOrDefault(language, titles.getOrDefault("en", ""));
    }

    public String summary(String language) {
        return summaries.getOrDefault(language, summaries.getOrDefault("en", ""));
    }
}
