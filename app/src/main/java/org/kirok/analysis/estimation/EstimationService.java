package org.kirok.analysis.estimation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.analysis.JobProgress;
import org.kirok.analysis.Jobs;
import org.kirok.analysis.Ownership;
import org.kirok.analysis.Places;
import org.kirok.analysis.linkage.LinkageService;
import org.kirok.audit.AuditLog;
import org.kirok.engine.estimate.Method;
import org.kirok.security.AccessPolicy;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.web.Forbidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Multiple systems estimation from the records: builds the capture table the analyst defines (individuals are
 * entities after linkage), saves it with the parameters, computes every method in the background, and keeps the
 * results so they can be re-run — on the very same table, or on today's records — and compared. Saved estimates
 * are aggregates: analysts and advocacy officers read them. Thread-safe.
 */
public final class EstimationService {
    private static final Logger log = LoggerFactory.getLogger(EstimationService.class);

    /** How a saved estimate is computed again. */
    public enum Rerun {
        /** From the saved capture table and parameters: the same numbers, unless the engine changed. */
        SAME_TABLE,
        /** From today's records with the same lists, population, strata and parameters. */
        CURRENT_RECORDS
    }

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final LinkageService linkage;
    private final Jobs jobs;
    private final EstimationStore store = new EstimationStore();

    public EstimationService(Jdbi jdbi, AuditLog audit, AccessPolicy access, LinkageService linkage, Jobs jobs) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.access = access;
        this.linkage = linkage;
        this.jobs = jobs;
    }

    /** Builds and saves the capture table now (errors come back at once), then computes in the background. */
    public UUID start(User user, EstimationRequest request) {
        return start(user, request, Optional.empty());
    }

    private UUID start(User user, EstimationRequest request, Optional<UUID> rerunOf) {
        requireMethodFits(request);
        return jobs.submit("estimate", () -> jdbi.inTransaction(handle -> {
            store.markInterrupted(handle);
            Places places = Places.load(handle);
            CaptureData data = CaptureHistories.build(handle, user, access, request, linkage.entities(handle), places,
                    latestJudgment(handle));
            Optional<String[]> placeNames = request.population().place().map(place -> new String[] {
                places.name(place, "en").orElse(""), places.name(place, "ko").orElse("")});
            UUID id = UUID.randomUUID();
            store.insert(handle, id, request.title(), Inputs.inputsJson(request, placeNames, data),
                    Inputs.parametersJson(request.parameters()), data.observed(), rerunOf, user.organisationId(), user.id());
            audit(handle, user, id, data, rerunOf, "estimation.started");
            return id;
        }), (id, progress) -> compute(id, user, progress));
    }

    /** Computes again from a saved estimate, as a new saved estimate that names the one it re-runs. */
    public UUID rerun(User user, UUID id, Rerun how) {
        SavedEstimate original = view(user, id);
        if (how == Rerun.CURRENT_RECORDS) {
            EstimationRequest request = original.request();
            return start(user, new EstimationRequest(original.title(), request.lists(), request.population(),
                    request.strata(), original.parameters()), Optional.of(original.id()));
        }
        return jobs.submit("estimate", () -> jdbi.inTransaction(handle -> {
            store.markInterrupted(handle);
            EstimationStore.Row row = store.find(handle, id, Ownership.visibleSql(user, "e")).orElseThrow(
                    () -> new NotFoundException("estimate"));
            UUID copy = UUID.randomUUID();
            store.insert(handle, copy, row.title(), row.inputs(), Inputs.parametersJson(original.parameters()),
                    original.data().observed(), Optional.of(id), user.organisationId(), user.id());
            audit(handle, user, copy, original.data(), Optional.of(id), "estimation.rerun");
            return copy;
        }), (copy, progress) -> compute(copy, user, progress));
    }

    /** Runs in the background: reads back exactly what was saved, computes, saves the results. */
    private void compute(UUID id, User user, JobProgress progress) {
        try {
            EstimationStore.Row row = jdbi.withHandle(handle -> store.find(handle, id, "TRUE")).orElseThrow();
            CaptureData data = Inputs.read(row.title(), row.inputs()).data();
            Parameters parameters = Inputs.readParameters(row.parameters());
            List<MethodResult> results = EstimationRunner.run(data, parameters, progress);
            String primary = EstimationRunner.primaryKey(parameters);
            jdbi.useTransaction(handle -> {
                store.finish(handle, id, MethodResults.toJson(results),
                        results.stream().filter(result -> result.key().equals(primary)).findFirst());
                audit.record(handle, user.actor(), "estimation.finished", "estimation_result", id, Map.of(
                        "methods", results.stream().filter(r -> r.estimate().isPresent()).map(MethodResult::key).toList()));
            });
        } catch (RuntimeException e) {
            log.warn("estimate {} failed: {}", id, e.toString());
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            jdbi.useTransaction(handle -> {
                store.fail(handle, id, error);
                audit.record(handle, user.actor(), "estimation.failed", "estimation_result", id, Map.of());
            });
        }
    }

    public List<EstimateSummary> list(User user) {
        requireReader(user);
        var live = jobs.runningBeforeReading();
        return jdbi.withHandle(handle -> store.list(handle, Ownership.visibleSql(user, "e"), 200)).stream()
                .map(summary -> summary.status().equals("running") && !live.test(summary.id())
                        ? new EstimateSummary(summary.id(), summary.title(), "interrupted", summary.observed(),
                                summary.estimate(), summary.low(), summary.high(), summary.rerunOf(), summary.createdBy(),
                                summary.createdAt())
                        : summary).toList();
    }

    public SavedEstimate view(User user, UUID id) {
        requireReader(user);
        var live = jobs.runningBeforeReading();
        EstimationStore.Row row = jdbi.withHandle(handle -> store.find(handle, id, Ownership.visibleSql(user, "e")))
                .orElseThrow(() -> new NotFoundException("estimate"));
        Inputs.Saved saved = Inputs.read(row.title(), row.inputs());
        Parameters parameters = Inputs.readParameters(row.parameters());
        String status = row.status().equals("running") && !live.test(id) ? "interrupted" : row.status();
        return new SavedEstimate(row.id(), row.title(), status, new EstimationRequest(row.title(), saved.request().lists(),
                saved.request().population(), saved.request().strata(), parameters), saved.placeNameEn(), saved.placeNameKo(),
                saved.data(), parameters, Inputs.engine(row.parameters()),
                row.outputs().map(MethodResults::fromJson).orElse(List.of()), row.error(), row.rerunOf(), row.createdBy(),
                row.createdAt(), row.finishedAt());
    }

    /** The saved estimate this one re-runs, when the user may see it. */
    public Optional<SavedEstimate> original(User user, SavedEstimate estimate) {
        return estimate.rerunOf().flatMap(id -> {
            try {
                return Optional.of(view(user, id));
            } catch (NotFoundException gone) {
                return Optional.empty();
            }
        });
    }

    /** The organisations, kinds of source and act types the estimate form offers this user. */
    public FormOptions options(User user) {
        return jdbi.withHandle(handle -> EstimationForm.options(handle, user, access));
    }

    /** Whether counts of 1–10 must be hidden from this user (who has no identity access). */
    public boolean hidesSmallCounts(User user) {
        return !access.canReadIdentity(user);
    }

    private void audit(Handle handle, User user, UUID id, CaptureData data, Optional<UUID> rerunOf, String action) {
        audit.record(handle, user.actor(), action, "estimation_result", id, Map.of("lists", data.lists().size(),
                "strata", data.strata().size(), "observed", data.observed(), "rerun_of", rerunOf.map(UUID::toString).orElse("")));
    }

    private static long latestJudgment(Handle handle) {
        return handle.createQuery("SELECT coalesce(max(seq), 0) FROM linkage_judgment").mapTo(Long.class).one();
    }

    private static void requireMethodFits(EstimationRequest request) {
        if (request.parameters().primary() == Method.CHAPMAN && request.lists().size() != 2) {
            throw new InvalidInputException("method", "Chapman's estimator needs exactly two lists; "
                    + request.lists().size() + " are chosen");
        }
    }

    /** Saved estimates are aggregates for analysts and for the advocacy officers who cite them; not for partners. */
    private static void requireReader(User user) {
        if (!user.may(Permission.ANALYSE) && !user.may(Permission.ADVOCACY)) {
            throw new Forbidden("Saved estimates are for analysts and advocacy officers.");
        }
    }
}
