package org.kirok.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.kirok.web.Messages;

/** Labels of the derived dimensions: document type and confidentiality from the messages, decades and years. */
final class BuiltInLabels {
    private BuiltInLabels() {
    }

    static FacetLabels type() {
        return messages("search.type.");
    }

    static FacetLabels confidentiality() {
        return messages("confidentiality.");
    }

    /** "2010s" → 2010s / 2010년대; a year is itself, and lies under its decade. */
    static FacetLabels date() {
        return new FacetLabels() {
            @Override
            public Map<String, String> labels(Handle handle, String language, Collection<String> values) {
                Map<String, String> labels = new LinkedHashMap<>();
                Messages messages = Messages.of(language);
                for (String value : values) {
                    labels.put(value, value.endsWith("s")
                            ? messages.t("search.decade", value.substring(0, value.length() - 1)) : value);
                }
                return labels;
            }

            @Override
            public List<String> path(Handle handle, String value) {
                if (value.matches("\\d{1,4}")) {
                    int year = Integer.parseInt(value);
                    return List.of(Math.floorDiv(year, 10) * 10 + "s", value);
                }
                return List.of(value);
            }
        };
    }

    private static FacetLabels messages(String prefix) {
        return (handle, language, values) -> {
            Messages messages = Messages.of(language);
            Map<String, String> labels = new LinkedHashMap<>();
            for (String value : values) {
                labels.put(value, messages.has(prefix + value) ? messages.t(prefix + value) : value);
            }
            return labels;
        };
    }
}
