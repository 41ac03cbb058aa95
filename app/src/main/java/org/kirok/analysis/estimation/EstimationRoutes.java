package org.kirok.analysis.estimation;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.Messages;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * The estimation pages: the form that defines lists, population and strata; the saved estimates; one estimate
 * with its overlap table, the methods compared, its chart and caveats; re-running it. Counts are gated for readers
 * without identity access.
 */
public final class EstimationRoutes implements Feature {
    private final EstimationService estimation;
    private final Templates templates;

    public EstimationRoutes(EstimationService estimation, Templates templates) {
        this.estimation = estimation;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/analysis/estimates", Permission.READ_RECORDS, "Saved estimates (analysts, advocacy officers)", this::list);
        router.get("/analysis/estimates/new", Permission.ANALYSE, "New estimate form", ctx -> form(ctx, FormValues.empty(), ""));
        router.post("/analysis/estimates", Permission.ANALYSE, "Build a capture table and estimate", this::create);
        router.get("/analysis/estimates/{id}", Permission.READ_RECORDS, "A saved estimate", this::show);
        router.get("/analysis/estimates/{id}/chart.svg", Permission.READ_RECORDS, "Chart of a saved estimate (SVG)", this::chart);
        router.post("/analysis/estimates/{id}/rerun", Permission.ANALYSE,
                "Compute a saved estimate again (mode=same: its table; mode=current: today's records)", this::rerun);
    }

    private void list(Context ctx) {
        templates.render(ctx, "analysis/estimates.jte", Map.of("estimates", estimation.list(CurrentUser.of(ctx))));
    }

    private void form(Context ctx, FormValues values, String error) {
        templates.render(ctx, "analysis/estimate_form.jte", Map.of("options", estimation.options(CurrentUser.of(ctx)),
                "values", values, "error", error));
    }

    private void create(Context ctx) {
        User user = CurrentUser.of(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            UUID id = estimation.start(user, EstimationForm.request(values));
            ctx.redirect("/analysis/estimates/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, values, FormErrors.message(ctx, e));
        }
    }

    private void show(Context ctx) {
        User user = CurrentUser.of(ctx);
        SavedEstimate estimate = estimation.view(user, id(ctx));
        boolean hide = estimation.hidesSmallCounts(user);
        List<OverlapTable> overlaps = estimate.data().strata().stream()
                .map(stratum -> OverlapTable.of(estimate.data().lists().size(), stratum, hide)).toList();
        Map<String, Object> data = new HashMap<>();
        data.put("estimate", estimate);
        data.put("original", estimation.original(user, estimate));
        data.put("overlaps", overlaps);
        data.put("strataObserved", OverlapTable.strataObserved(estimate.data().strata(), hide));
        data.put("observed", observed(estimate, hide));
        data.put("hidden", hide);
        templates.render(ctx, "analysis/estimate.jte", data);
    }

    private void chart(Context ctx) {
        User user = CurrentUser.of(ctx);
        SavedEstimate estimate = estimation.view(user, id(ctx));
        Messages messages = Messages.of(Templates.language(ctx));
        String svg = EstimateChart.svg(estimate.results(), key -> messages.t("analysis.method." + key),
                observed(estimate, estimation.hidesSmallCounts(user)), messages.t("analysis.estimate.observed"));
        ctx.contentType("image/svg+xml; charset=utf-8").result(svg);
    }

    private void rerun(Context ctx) {
        User user = CurrentUser.of(ctx);
        EstimationService.Rerun how = "current".equals(ctx.formParam("mode"))
                ? EstimationService.Rerun.CURRENT_RECORDS : EstimationService.Rerun.SAME_TABLE;
        UUID id = estimation.rerun(user, id(ctx), how);
        ctx.redirect("/analysis/estimates/" + id);
    }

    /** The observed total as this user may see it: gated like the table when small counts are hidden. */
    static Optional<Long> observed(SavedEstimate estimate, boolean hide) {
        long observed = estimate.data().observed();
        if (!hide) {
            return Optional.of(observed);
        }
        return org.kirok.engine.disclosure.DisclosureGate.standard().protect(new long[] {observed}).grandTotal().isPresent()
                ? Optional.of(observed) : Optional.empty();
    }

    private static UUID id(Context ctx) {
        return Ids.parse(ctx.pathParam("id"), "estimate");
    }
}
