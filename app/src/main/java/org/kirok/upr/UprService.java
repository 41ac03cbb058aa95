package org.kirok.upr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.store.Page;
import org.kirok.vocabulary.Term;
import org.kirok.vocabulary.Vocabularies;

/**
 * The recommendations register: reading and counting recommendations, reviews and sessions, the issue mapping,
 * and the few edits analysts make (a recommendation typed in, a corrected category, themes, session dates and
 * deadlines, review dates). Recommendations are public UN documents, so any reader of records sees them all.
 * Every write is audited in its transaction. Thread-safe.
 */
public final class UprService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Vocabularies vocabularies;
    private final RecommendationStore store = new RecommendationStore();
    private final ReviewStore reviews = new ReviewStore();
    private final MappingStore mapping = new MappingStore();

    public UprService(Jdbi jdbi, AuditLog audit, Vocabularies vocabularies) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.vocabularies = vocabularies;
    }

    public Page<Recommendation> list(RecommendationFilter filter, int page, int size) {
        return jdbi.withHandle(handle -> {
            long total = store.count(handle, filter);
            return new Page<>(store.list(handle, filter, (page - 1) * size, size), page, size, total);
        });
    }

    public Recommendation view(UUID id) {
        return jdbi.withHandle(handle -> store.one(handle, id)).orElseThrow(() -> new NotFoundException("recommendation"));
    }

    public Optional<Recommendation> byExternalId(String externalId) {
        return jdbi.withHandle(handle -> store.byExternalId(handle, externalId));
    }

    public UprStats stats(RecommendationFilter filter) {
        return jdbi.withHandle(handle -> store.stats(handle, filter));
    }

    public List<Review> reviews(Optional<String> state) {
        return jdbi.withHandle(handle -> reviews.reviews(handle, state));
    }

    public Optional<Review> review(String state, int session) {
        return jdbi.withHandle(handle -> reviews.review(handle, state, session));
    }

    /** The most recent review of the state on or before the day. */
    public Optional<Review> lastReview(String state, LocalDate onOrBefore) {
        return jdbi.withHandle(handle -> reviews.lastReview(handle, state, onOrBefore));
    }

    public Optional<Review> previousReview(String state, int session) {
        return jdbi.withHandle(handle -> reviews.previousReview(handle, state, session));
    }

    public List<Session> sessions() {
        return jdbi.withHandle(reviews::sessions);
    }

    public Session session(int number) {
        return jdbi.withHandle(handle -> reviews.session(handle, number))
                .orElseThrow(() -> new InvalidInputException("session", "there is no UPR session " + number));
    }

    public void updateSession(Actor actor, Session session, int expectedVersion) {
        session.startsOn().ifPresent(start -> session.endsOn().filter(end -> end.isBefore(start)).ifPresent(end -> {
            throw new InvalidInputException("ends_on", "the session cannot end (" + end + ") before it starts (" + start + ")");
        }));
        jdbi.useTransaction(handle -> {
            reviews.updateSession(handle, session, expectedVersion);
            audit.record(handle, actor, "upr_session.updated", Map.of("session", session.number()));
        });
    }

    public void saveReview(Actor actor, String state, int session, Optional<LocalDate> reviewDate,
                           Optional<LocalDate> adoptionDate, Optional<String> symbol, Optional<String> notes) {
        String code = States.all().resolve(state).orElseThrow(() -> new InvalidInputException("state",
                "'" + state + "' is not a state Kirok knows"));
        reviewDate.ifPresent(r -> adoptionDate.filter(a -> a.isBefore(r)).ifPresent(a -> {
            throw new InvalidInputException("adoption_date", "the outcome cannot be adopted (" + a
                    + ") before the review (" + r + ")");
        }));
        jdbi.useTransaction(handle -> {
            session(session);
            reviews.upsertReview(handle, code, session, reviewDate, adoptionDate, symbol, notes);
            audit.record(handle, actor, "upr_review.saved", Map.of("state", code, "session", session));
        });
    }

    public List<Label> issues() {
        return jdbi.withHandle(mapping::issues);
    }

    public List<Label> themes() {
        return jdbi.withHandle(mapping::themes);
    }

    public List<IssueMapping> mappings() {
        return jdbi.withHandle(mapping::mappings);
    }

    /** The act-type codes a recommendation's issues reach through the mapping. */
    public List<String> actTypes(Recommendation recommendation) {
        return jdbi.withHandle(handle -> mapping.actTypes(handle, recommendation.issues()));
    }

    /** The act-type codes one of our themes reaches. */
    public List<String> actTypesOfTheme(String theme) {
        return jdbi.withHandle(handle -> mapping.actTypes(handle, mapping.issuesOf(handle, theme)));
    }

    /** Replaces what an issue maps onto: rights and act types (term ids of those vocabularies) and themes. */
    public void updateMapping(Actor actor, String issue, Set<UUID> terms, Set<String> themes) {
        for (UUID term : terms) {
            Term found = vocabularies.term(term).orElseThrow(() -> new InvalidInputException("terms",
                    "there is no vocabulary term " + term));
            if (!found.vocabulary().equals("right") && !found.vocabulary().equals("act_type")) {
                throw new InvalidInputException("terms", "'" + found.code() + "' is a term of " + found.vocabulary()
                        + "; issues map onto rights and act types only");
            }
        }
        Set<String> known = Set.copyOf(themes().stream().map(Label::code).toList());
        themes.stream().filter(t -> !known.contains(t)).findFirst().ifPresent(t -> {
            throw new InvalidInputException("themes", "there is no theme '" + t + "'");
        });
        jdbi.useTransaction(handle -> {
            if (!mapping.issueExists(handle, issue)) {
                throw new NotFoundException("issue");
            }
            mapping.replaceMapping(handle, issue, terms, themes);
            audit.record(handle, actor, "upr_mapping.updated", Map.of("issue", issue, "terms", terms.size(),
                    "themes", List.copyOf(themes)));
        });
    }

    /** An analyst's correction: the action category (kept on re-import) and extra themes. */
    public void updateRecommendation(Actor actor, UUID id, int expectedVersion, Optional<Integer> category,
                                     List<String> extraThemes) {
        category.filter(c -> c < 1 || c > 5).ifPresent(c -> {
            throw new InvalidInputException("action_category", "the action category must be 1 to 5 (got " + c + ")");
        });
        Set<String> known = Set.copyOf(themes().stream().map(Label::code).toList());
        extraThemes.stream().filter(t -> !known.contains(t)).findFirst().ifPresent(t -> {
            throw new InvalidInputException("themes", "there is no theme '" + t + "'");
        });
        jdbi.useTransaction(handle -> {
            view(id);
            new RecommendationEdits().update(handle, id, expectedVersion, category, extraThemes);
            audit.record(handle, actor, "upr_recommendation.updated", "upr_recommendation", id,
                    Map.of("version", expectedVersion + 1));
        });
    }

    /** A recommendation typed in by hand (source "manual"); returns its id. */
    public UUID create(Actor actor, RecommendationDraft draft) {
        return jdbi.inTransaction(handle -> create(handle, actor, draft, "manual", "kirok:" + UUID.randomUUID()));
    }

    /**
     * The same inside the caller's transaction, with the source and natural key given (the demo loader's
     * recommendations are "demo", keyed "demo:KP-33-1").
     */
    public UUID create(Handle handle, Actor actor, RecommendationDraft draft, String source, String externalId) {
        States states = States.all();
        String state = states.resolve(draft.state()).orElseThrow(() -> new InvalidInputException("state",
                "'" + draft.state() + "' is not a state Kirok knows"));
        List<String> recommending = new ArrayList<>();
        for (String name : draft.recommending()) {
            recommending.add(states.resolve(name).orElseThrow(() -> new InvalidInputException("recommending",
                    "'" + name + "' is not a state Kirok knows")));
        }
        for (String issue : draft.issues()) {
            if (!mapping.issueExists(handle, issue)) {
                throw new InvalidInputException("issues", "there is no issue '" + issue + "'");
            }
        }
        RecommendationRow row = new RecommendationRow(externalId, source, state,
                draft.session(), draft.text(), recommending, draft.response(), draft.responseRaw(),
                draft.actionCategory().orElseGet(() -> ActionClassifier.standard().classify(draft.text())),
                draft.actionCategory().isPresent() ? "analyst" : "classifier", draft.issues(),
                draft.documentSymbol(), Optional.empty(), Optional.empty(), Map.of());
        RecommendationWriter writer = new RecommendationWriter();
        writer.ensureSessions(handle, List.of(row));
        writer.insert(handle, List.of(row), n -> { });
        UUID id = store.byExternalId(handle, row.externalId()).orElseThrow().id();
        audit.record(handle, actor, "upr_recommendation.created", "upr_recommendation", id,
                Map.of("state", state, "session", draft.session(), "source", source));
        return id;
    }
}
