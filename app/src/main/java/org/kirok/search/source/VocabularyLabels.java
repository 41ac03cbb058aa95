package org.kirok.search.source;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kirok.search.FacetLabels;

/** Facet values that are codes of a controlled vocabulary, labelled in the reader's language. */
final class VocabularyLabels implements FacetLabels {
    private final String vocabulary;

    VocabularyLabels(String vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public Map<String, String> labels(Handle handle, String language, Collection<String> values) {
        Map<String, String> labels = new LinkedHashMap<>();
        handle.createQuery("SELECT code, label_en, label_ko FROM vocab_term WHERE vocabulary = :v AND code = ANY(:codes)")
                .bind("v", vocabulary).bindArray("codes", String.class, List.copyOf(values))
                .map((rs, ctx) -> Map.entry(rs.getString(1), language.equals("ko") ? rs.getString(3) : rs.getString(2)))
                .forEach(entry -> labels.put(entry.getKey(), entry.getValue()));
        return labels;
    }
}
