package org.kirok.upr;

import java.util.List;
import java.util.UUID;

/** What one UPR Info issue bears on in our vocabularies (rights and act types, as term ids) and our themes. */
public record IssueMapping(Label issue, List<UUID> terms, List<String> themes) {

    public IssueMapping {
        terms = List.copyOf(terms);
        themes = List.copyOf(themes);
    }

    public boolean maps(UUID term) {
        return terms.contains(term);
    }

    public boolean inTheme(String theme) {
        return themes.contains(theme);
    }
}
