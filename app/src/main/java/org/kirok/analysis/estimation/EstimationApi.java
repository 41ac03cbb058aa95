package org.kirok.analysis.estimation;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.JsonBody;
import org.kirok.web.Router;

/**
 * {@code /api/v1/estimates}: ask for an estimate, read the saved ones with their exact inputs and every method's
 * result, re-run one. Capture counts of 1–10 are hidden from callers without identity access.
 */
public final class EstimationApi implements Feature {
    private final EstimationService estimation;

    public EstimationApi(EstimationService estimation) {
        this.estimation = estimation;
    }

    @Override
    public void routes(Router router) {
        router.post("/api/v1/estimates", Permission.ANALYSE, "Estimate ({title, lists, act_types, place, from, to, strata,"
                + " method, criterion, seed, iterations, chains}); 202, computed in the background", this::create);
        router.get("/api/v1/estimates", Permission.READ_RECORDS, "Saved estimates (analysts, advocacy officers)", this::list);
        router.get("/api/v1/estimates/{id}", Permission.READ_RECORDS, "A saved estimate: inputs, parameters, results", this::read);
        router.post("/api/v1/estimates/{id}/rerun", Permission.ANALYSE,
                "Compute a saved estimate again ({mode: same|current}); 202", this::rerun);
    }

    private void create(Context ctx) {
        UUID id = estimation.start(CurrentUser.of(ctx), EstimationForm.request(JsonBody.of(ctx)));
        ctx.status(202).header("Location", "/api/v1/estimates/" + id).json(Map.of("id", id));
    }

    private void list(Context ctx) {
        ctx.json(estimation.list(CurrentUser.of(ctx)).stream().map(summary -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", summary.id());
            json.put("title", summary.title());
            json.put("status", summary.status());
            json.put("estimate", summary.estimate().orElse(null));
            json.put("ci_low", summary.low().orElse(null));
            json.put("ci_high", summary.high().orElse(null));
            json.put("rerun_of", summary.rerunOf().orElse(null));
            json.put("created_by", summary.createdBy());
            json.put("created_at", summary.createdAt());
            return json;
        }).toList());
    }

    private void read(Context ctx) {
        User user = CurrentUser.of(ctx);
        SavedEstimate estimate = estimation.view(user, Ids.parse(ctx.pathParam("id"), "estimate"));
        boolean hide = estimation.hidesSmallCounts(user);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", estimate.id());
        json.put("title", estimate.title());
        json.put("status", estimate.status());
        json.put("error", estimate.error().orElse(null));
        json.put("rerun_of", estimate.rerunOf().orElse(null));
        json.put("lists", estimate.data().lists().stream().map(list -> Map.of("code", list.code(), "name", list.nameEn())).toList());
        Map<String, Object> population = new LinkedHashMap<>();
        population.put("act_types", estimate.request().population().actTypes());
        population.put("place", estimate.request().population().place().orElse(null));
        population.put("from", estimate.request().population().fromYear().orElse(null));
        population.put("to", estimate.request().population().toYear().orElse(null));
        json.put("population", population);
        Map<String, Object> strata = new LinkedHashMap<>();
        strata.put("period_years", estimate.request().strata().periodYears().orElse(null));
        strata.put("province", estimate.request().strata().province());
        strata.put("act_type", estimate.request().strata().actType());
        json.put("strata", strata);
        json.put("observed", EstimationRoutes.observed(estimate, hide).orElse(null));
        json.put("capture", estimate.data().strata().stream().map(stratum -> capture(estimate, stratum, hide)).toList());
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("primary", estimate.parameters().primary().label());
        parameters.put("criterion", estimate.parameters().criterion().name().toLowerCase(java.util.Locale.ROOT));
        parameters.put("seed", estimate.parameters().seed());
        parameters.put("iterations", estimate.parameters().iterations());
        parameters.put("chains", estimate.parameters().chains());
        parameters.put("engine", estimate.engine());
        json.put("parameters", parameters);
        json.put("primary", estimate.primary().map(MethodResult::key).orElse(null));
        List<java.util.Optional<Long>> strataObserved = OverlapTable.strataObserved(estimate.data().strata(), hide);
        json.put("results", estimate.results().stream().map(result -> result(result, strataObserved, hide)).toList());
        ctx.json(json);
    }

    /** A method's result; each stratum's observed count as gated for this caller. */
    private static Map<String, Object> result(MethodResult result, List<java.util.Optional<Long>> strataObserved, boolean hide) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", result.key());
        json.put("method", result.method());
        json.put("estimate", result.estimate().orElse(null));
        json.put("stderr", result.standardError().orElse(null));
        json.put("intervals", result.intervals());
        json.put("fit", result.fit().orElse(null));
        json.put("model", result.model());
        json.put("warnings", result.warnings().stream().map(w -> OverlapTable.redact(w, hide)).toList());
        json.put("caveats", result.caveats());
        json.put("compared", result.compared());
        json.put("posterior", result.posterior().orElse(null));
        List<Map<String, Object>> strata = new java.util.ArrayList<>();
        for (int i = 0; i < result.strata().size(); i++) {
            MethodResult.StratumResult stratum = result.strata().get(i);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("stratum", stratum.stratum());
            s.put("observed", i < strataObserved.size() ? strataObserved.get(i).orElse(null) : null);
            s.put("estimate", stratum.estimate().orElse(null));
            s.put("interval", stratum.interval().orElse(null));
            s.put("warnings", stratum.warnings().stream().map(w -> OverlapTable.redact(w, hide)).toList());
            strata.add(s);
        }
        json.put("strata", strata);
        json.put("failure", result.failure().orElse(null));
        return json;
    }

    private static Map<String, Object> capture(SavedEstimate estimate, CaptureData.Stratum stratum, boolean hide) {
        OverlapTable table = OverlapTable.of(estimate.data().lists().size(), stratum, hide);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("stratum", stratum.nameEn());
        json.put("patterns", table.rows().stream().map(row -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("on", row.on().stream().map(on -> on ? 1 : 0).toList());
            r.put("count", row.count().orElse(null));
            return r;
        }).toList());
        json.put("total", table.total().orElse(null));
        return json;
    }

    private void rerun(Context ctx) {
        String mode = ctx.body().isBlank() ? "same" : JsonBody.of(ctx).text("mode").orElse("same");
        if (!List.of("same", "current").contains(mode)) {
            throw new org.kirok.store.InvalidInputException("mode", "mode must be same or current (got '" + mode + "')");
        }
        UUID id = estimation.rerun(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "estimate"),
                mode.equals("current") ? EstimationService.Rerun.CURRENT_RECORDS : EstimationService.Rerun.SAME_TABLE);
        ctx.status(202).header("Location", "/api/v1/estimates/" + id).json(Map.of("id", id));
    }
}
