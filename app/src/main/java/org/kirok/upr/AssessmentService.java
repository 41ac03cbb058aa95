package org.kirok.upr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.security.User;
import org.kirok.store.InvalidInputException;
import org.kirok.store.Page;
import org.kirok.web.Spreadsheet;

/**
 * Analysts' implementation assessments, per recommendation and period, and the matrix of a state's cycle (like UPR
 * Info's mid-term assessments): every recommendation with its response, category and both assessments. Cited cases
 * must be codes of acts the analyst may see. Audited; thread-safe.
 */
public final class AssessmentService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final UprService register;
    private final EvidenceService evidence;
    private final AssessmentStore store = new AssessmentStore();

    public AssessmentService(Jdbi jdbi, AuditLog audit, UprService register, EvidenceService evidence) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.register = register;
        this.evidence = evidence;
    }

    public List<Assessment> of(UUID recommendation) {
        return jdbi.withHandle(handle -> store.of(handle, recommendation));
    }

    public Optional<Assessment> of(UUID recommendation, Period period) {
        return jdbi.withHandle(handle -> store.one(handle, recommendation, period));
    }

    /**
     * Records (or replaces) the assessment of a recommendation over a period. {@code expectedVersion} is the version
     * of the assessment the analyst saw (empty for a first assessment).
     */
    public void assess(User user, UUID recommendationId, Period period, AssessmentStatus status, Optional<String> note,
                       List<String> citedCases, Optional<Integer> expectedVersion) {
        Recommendation recommendation = register.view(recommendationId);
        List<String> cases = List.copyOf(new LinkedHashSet<>(citedCases.stream().map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList()));
        List<String> visible = cases.isEmpty() ? List.of() : evidence.visibleCases(user, cases);
        cases.stream().filter(c -> !visible.contains(c)).findFirst().ifPresent(c -> {
            throw new InvalidInputException("cited_cases", "there is no act with the case code " + c
                    + " that you may see; cite acts by their case code, e.g. A-7Q3K9XZ");
        });
        note.filter(n -> n.length() > 4000).ifPresent(n -> {
            throw new InvalidInputException("note", "the note is longer than 4,000 characters (" + n.length() + ")");
        });
        jdbi.useTransaction(handle -> record(handle, user.actor(), Optional.of(user.id()), recommendation.id(), period,
                status, note, cases, expectedVersion));
    }

    /**
     * Writes an assessment inside the caller's transaction, without checking the cited cases against a reader's
     * access (the caller has): for {@link #assess} and for loaders.
     */
    public void record(Handle handle, Actor actor, Optional<UUID> user, UUID recommendation, Period period,
                       AssessmentStatus status, Optional<String> note, List<String> cases,
                       Optional<Integer> expectedVersion) {
        Optional<Assessment> current = store.one(handle, recommendation, period);
        if (current.isPresent()) {
            int version = expectedVersion.orElse(current.get().version());
            store.update(handle, current.get().id(), version, status, note, cases, user.orElse(null));
            audit.record(handle, actor, "upr_assessment.updated", "upr_assessment", current.get().id(),
                    Map.of("status", status.code(), "period", period.code(), "cases", cases.size()));
        } else {
            UUID id = UUID.randomUUID();
            store.insert(handle, id, recommendation, period, status, note, cases, user.orElse(null));
            audit.record(handle, actor, "upr_assessment.created", "upr_assessment", id,
                    Map.of("status", status.code(), "period", period.code(), "cases", cases.size()));
        }
    }

    /** One line of the matrix: a recommendation and its assessments over both periods. */
    public record MatrixRow(Recommendation recommendation, Optional<Assessment> sinceAdoption,
                            Optional<Assessment> sinceLastReview) {
    }

    public List<MatrixRow> matrix(String state, int cycle) {
        RecommendationFilter filter = new RecommendationFilter(Optional.of(state), Optional.empty(), Optional.of(cycle),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        Page<Recommendation> all = register.list(filter, 1, Page.MAX_SIZE * 20);
        Map<UUID, Map<Period, Assessment>> assessed = new HashMap<>();
        jdbi.withHandle(handle -> store.ofCycle(handle, state, cycle)).forEach(a ->
                assessed.computeIfAbsent(a.recommendationId(), k -> new HashMap<>()).put(a.period(), a));
        List<MatrixRow> rows = new ArrayList<>();
        for (Recommendation r : all.items()) {
            Map<Period, Assessment> found = assessed.getOrDefault(r.id(), Map.of());
            rows.add(new MatrixRow(r, Optional.ofNullable(found.get(Period.SINCE_ADOPTION)),
                    Optional.ofNullable(found.get(Period.SINCE_LAST_REVIEW))));
        }
        return rows;
    }

    /** The matrix as a table for CSV or XLSX (English headers and codes, for exchange with partners). */
    public Spreadsheet export(String state, int cycle) {
        List<List<String>> rows = new ArrayList<>();
        for (MatrixRow row : matrix(state, cycle)) {
            Recommendation r = row.recommendation();
            rows.add(List.of(r.externalId(), String.valueOf(r.session()), r.text(), r.recommendingNames("en"),
                    r.response().map(Response::code).orElse(""), r.actionCategory().map(String::valueOf).orElse(""),
                    String.join(", ", r.issues()), status(row.sinceAdoption()), cases(row.sinceAdoption()),
                    row.sinceAdoption().flatMap(Assessment::note).orElse(""), status(row.sinceLastReview()),
                    cases(row.sinceLastReview()), row.sinceLastReview().flatMap(Assessment::note).orElse("")));
        }
        return new Spreadsheet("assessments " + state + " cycle " + cycle, List.of("recommendation_id", "session",
                "recommendation", "recommending_states", "response", "action_category", "issues",
                "since_adoption", "since_adoption_cases", "since_adoption_note", "since_last_review",
                "since_last_review_cases", "since_last_review_note"), rows);
    }

    private static String status(Optional<Assessment> assessment) {
        return assessment.map(a -> a.status().code()).orElse("");
    }

    private static String cases(Optional<Assessment> assessment) {
        return assessment.map(a -> String.join(" ", a.citedCases())).orElse("");
    }
}
