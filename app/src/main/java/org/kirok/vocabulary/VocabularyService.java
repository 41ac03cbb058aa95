package org.kirok.vocabulary;

import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.store.ConflictException;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;

/**
 * Administrators' edits of vocabulary terms. A term's code is immutable once anything refers to the term
 * (imports and exports name terms by code); labels, order and the active flag can always change. Every write is
 * audited and refreshes the shared {@link Vocabularies} cache after its commit. Thread-safe.
 */
public final class VocabularyService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Vocabularies vocabularies;
    private final VocabularyStore store = new VocabularyStore();

    public VocabularyService(Jdbi jdbi, AuditLog audit, Vocabularies vocabularies) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.vocabularies = vocabularies;
    }

    public Vocabularies vocabularies() {
        return vocabularies;
    }

    public UUID create(Actor actor, String vocabulary, TermDraft draft) {
        Vocabulary known = vocabularies.vocabulary(vocabulary)
                .orElseThrow(() -> new NotFoundException("vocabulary " + vocabulary));
        UUID id = UUID.randomUUID();
        jdbi.useTransaction(handle -> {
            if (store.codeTaken(handle, known.code(), draft.code(), id)) {
                throw new InvalidInputException("code", "the vocabulary " + known.code() + " already has a term '"
                        + draft.code() + "'");
            }
            store.insert(handle, id, known.code(), draft);
            audit.record(handle, actor, "term.created", "vocab_term", id, Map.of("vocabulary", known.code(),
                    "code", draft.code()));
        });
        vocabularies.refresh();
        return id;
    }

    public void update(Actor actor, UUID id, int expectedVersion, TermDraft draft) {
        jdbi.useTransaction(handle -> {
            Term term = store.term(handle, id).orElseThrow(() -> new NotFoundException("term"));
            if (!term.code().equals(draft.code())) {
                if (store.inUse(handle, id)) {
                    throw new ConflictException("code_in_use", "The code '" + term.code() + "' of " + term.vocabulary()
                            + " is already used by coded records and cannot change; edit the labels instead.");
                }
                if (store.codeTaken(handle, term.vocabulary(), draft.code(), id)) {
                    throw new InvalidInputException("code", "the vocabulary " + term.vocabulary()
                            + " already has a term '" + draft.code() + "'");
                }
            }
            store.update(handle, id, expectedVersion, draft);
            audit.record(handle, actor, "term.updated", "vocab_term", id, Map.of("vocabulary", term.vocabulary(),
                    "code", draft.code(), "active", draft.active(), "version", expectedVersion + 1));
        });
        vocabularies.refresh();
    }

    /** A fresh read, not the cache: what an edit form must start from. */
    public Term term(UUID id) {
        return jdbi.withHandle(handle -> store.term(handle, id)).orElseThrow(() -> new NotFoundException("term"));
    }
}
