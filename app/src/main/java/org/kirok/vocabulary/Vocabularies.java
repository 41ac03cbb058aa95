package org.kirok.vocabulary;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.kirok.store.InvalidInputException;

/**
 * The controlled vocabularies in memory: code ↔ id ↔ labels, for every feature that codes with them. Loaded on
 * first use and replaced as a whole on {@link #refresh()} (every term edit calls it after its commit), so readers
 * never see half an update. Inactive terms still resolve — old records keep their meaning — but are not offered
 * for new coding. Thread-safe.
 */
public final class Vocabularies {
    private final Jdbi jdbi;
    private final VocabularyStore store = new VocabularyStore();
    private volatile Snapshot snapshot;

    public Vocabularies(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private record Snapshot(Map<String, Vocabulary> vocabularies, Map<UUID, Term> byId,
                            Map<String, Map<String, Term>> byCode) {
    }

    /** The id of a term, for coding; unknown codes are rejected naming the vocabulary and its active codes. */
    public UUID termId(String vocabulary, String code) {
        Map<String, Term> terms = terms(vocabulary).stream()
                .collect(Collectors.toMap(Term::code, Function.identity()));
        String wanted = code == null ? "" : code.strip();
        Term term = terms.get(wanted);
        if (term == null) {
            String allowed = terms.values().stream().filter(Term::active).sorted(Comparator.comparing(Term::sortOrder))
                    .map(Term::code).collect(Collectors.joining(", "));
            throw new InvalidInputException(vocabulary, "'" + wanted + "' is not a term of the vocabulary " + vocabulary
                    + "; use one of: " + allowed);
        }
        return term.id();
    }

    public Optional<Term> term(UUID id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    /** The term's label in the language; the id itself if no such term exists (never fails while rendering). */
    public String label(UUID id, String language) {
        return term(id).map(t -> t.label(language)).orElse(String.valueOf(id));
    }

    /** Every term of the vocabulary, active or not, in sort order; unknown vocabulary → rejected. */
    public List<Term> terms(String vocabulary) {
        Map<String, Term> terms = current().byCode().get(vocabulary);
        if (terms == null) {
            throw new InvalidInputException("vocabulary", "there is no vocabulary '" + vocabulary + "'; known: "
                    + String.join(", ", current().vocabularies().keySet()));
        }
        return List.copyOf(terms.values());
    }

    public List<Term> activeTerms(String vocabulary) {
        return terms(vocabulary).stream().filter(Term::active).toList();
    }

    public List<Vocabulary> vocabularies() {
        return List.copyOf(current().vocabularies().values());
    }

    public Optional<Vocabulary> vocabulary(String code) {
        return Optional.ofNullable(current().vocabularies().get(code));
    }

    /** Reloads everything from the database. */
    public synchronized void refresh() {
        snapshot = jdbi.withHandle(handle -> {
            Map<String, Vocabulary> vocabularies = new LinkedHashMap<>();
            Map<String, Map<String, Term>> byCode = new LinkedHashMap<>();
            for (Vocabulary vocabulary : store.vocabularies(handle)) {
                vocabularies.put(vocabulary.code(), vocabulary);
                byCode.put(vocabulary.code(), new LinkedHashMap<>());
            }
            Map<UUID, Term> byId = new LinkedHashMap<>();
            for (Term term : store.allTerms(handle)) {
                byId.put(term.id(), term);
                byCode.computeIfAbsent(term.vocabulary(), v -> new LinkedHashMap<>()).put(term.code(), term);
            }
            byCode.replaceAll((v, terms) -> java.util.Collections.unmodifiableMap(terms));
            return new Snapshot(java.util.Collections.unmodifiableMap(vocabularies),
                    java.util.Collections.unmodifiableMap(byId), java.util.Collections.unmodifiableMap(byCode));
        });
    }

    private Snapshot current() {
        Snapshot loaded = snapshot;
        if (loaded == null) {
            refresh();
            loaded = snapshot;
        }
        return loaded;
    }
}
