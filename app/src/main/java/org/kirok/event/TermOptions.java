package org.kirok.event;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The active terms of a vocabulary, in their sort order, for the selects of the coding forms. */
public final class TermOptions {
    private final Jdbi jdbi;

    public TermOptions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public List<Term> of(String vocabulary) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                SELECT code, label_en, label_ko FROM vocab_term WHERE vocabulary = :v AND active ORDER BY sort_order, code""")
                .bind("v", vocabulary)
                .map((rs, ctx) -> new Term(rs.getString(1), rs.getString(2), rs.getString(3))).list());
    }
}
