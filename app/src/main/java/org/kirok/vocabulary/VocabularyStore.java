package org.kirok.vocabulary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.kirok.store.StaleEditException;

/** The SQL of vocabularies and their terms. */
final class VocabularyStore {
    private static final String TERM = """
            SELECT id, vocabulary, code, label_en, label_ko, description, sort_order, active, version FROM vocab_term""";

    List<Vocabulary> vocabularies(Handle handle) {
        return handle.createQuery("SELECT code, label_en, label_ko FROM vocabulary ORDER BY code")
                .map((rs, ctx) -> new Vocabulary(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    List<Term> allTerms(Handle handle) {
        return handle.createQuery(TERM + " ORDER BY vocabulary, sort_order, code").map(VocabularyStore::mapTerm).list();
    }

    Optional<Term> term(Handle handle, UUID id) {
        return handle.createQuery(TERM + " WHERE id = :id").bind("id", id).map(VocabularyStore::mapTerm).findOne();
    }

    boolean codeTaken(Handle handle, String vocabulary, String code, UUID except) {
        return handle.createQuery("SELECT count(*) FROM vocab_term WHERE vocabulary = :v AND code = :c AND id <> :id")
                .bind("v", vocabulary).bind("c", code).bind("id", except).mapTo(Long.class).one() > 0;
    }

    void insert(Handle handle, UUID id, String vocabulary, TermDraft draft) {
        handle.createUpdate("""
                INSERT INTO vocab_term (id, vocabulary, code, label_en, label_ko, description, sort_order, active)
                VALUES (:id, :vocabulary, :code, :en, :ko, :description, :sort, :active)""")
                .bind("id", id).bind("vocabulary", vocabulary).bind("code", draft.code())
                .bind("en", draft.labelEn()).bind("ko", draft.labelKo())
                .bind("description", draft.description().orElse(null)).bind("sort", draft.sortOrder())
                .bind("active", draft.active()).execute();
    }

    void update(Handle handle, UUID id, int expectedVersion, TermDraft draft) {
        int updated = handle.createUpdate("""
                UPDATE vocab_term SET code = :code, label_en = :en, label_ko = :ko, description = :description,
                       sort_order = :sort, active = :active, version = version + 1
                WHERE id = :id AND version = :expected""")
                .bind("id", id).bind("code", draft.code()).bind("en", draft.labelEn()).bind("ko", draft.labelKo())
                .bind("description", draft.description().orElse(null)).bind("sort", draft.sortOrder())
                .bind("active", draft.active()).bind("expected", expectedVersion).execute();
        if (updated != 1) {
            throw new StaleEditException("term", id, expectedVersion);
        }
    }

    /**
     * Whether any row anywhere refers to the term. The referencing columns are read from the catalogue, so a
     * table added by a later migration is covered without touching this class.
     */
    boolean inUse(Handle handle, UUID id) {
        List<String> columns = handle.createQuery("""
                SELECT format('SELECT EXISTS (SELECT 1 FROM %s WHERE %I = :id)', c.conrelid::regclass, a.attname)
                FROM pg_constraint c
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
                WHERE c.contype = 'f' AND c.confrelid = 'vocab_term'::regclass""").mapTo(String.class).list();
        for (String query : columns) {
            if (handle.createQuery(query).bind("id", id).mapTo(Boolean.class).one()) {
                return true;
            }
        }
        return false;
    }

    private static Term mapTerm(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Term(rs.getObject("id", UUID.class), rs.getString("vocabulary"), rs.getString("code"),
                rs.getString("label_en"), rs.getString("label_ko"), Optional.ofNullable(rs.getString("description")),
                rs.getInt("sort_order"), rs.getBoolean("active"), rs.getInt("version"));
    }
}
