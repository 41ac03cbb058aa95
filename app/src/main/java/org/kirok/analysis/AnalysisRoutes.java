package org.kirok.analysis;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.analysis.estimation.EstimationService;
import org.kirok.analysis.linkage.LinkageService;
import org.kirok.analysis.linkage.RunSettings;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * The analysis home — linkage runs, the review queue, saved estimates — and the fragment that shows the running
 * job's progress, polled by htmx every second while it runs. When the job a page waits for has finished, the
 * fragment asks htmx to reload the page so it shows the result.
 */
public final class AnalysisRoutes implements Feature {
    private final LinkageService linkage;
    private final EstimationService estimation;
    private final Jobs jobs;
    private final Templates templates;

    public AnalysisRoutes(LinkageService linkage, EstimationService estimation, Jobs jobs, Templates templates) {
        this.linkage = linkage;
        this.estimation = estimation;
        this.jobs = jobs;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/analysis", Permission.ANALYSE, "Analysis: linkage and estimation", this::home);
        router.get("/analysis/job", Permission.ANALYSE, "Progress of the running analysis (fragment)", this::job);
    }

    private void home(Context ctx) {
        User user = CurrentUser.of(ctx);
        Map<String, Object> data = new HashMap<>();
        data.put("runs", linkage.runs(user));
        data.put("latest", linkage.latest(user));
        data.put("estimates", estimation.list(user));
        data.put("defaults", RunSettings.DEFAULTS);
        data.put("job", jobs.current());
        data.put("waitFor", "");
        templates.render(ctx, "analysis/index.jte", data);
    }

    private void job(Context ctx) {
        Optional<UUID> waitFor = Optional.ofNullable(ctx.queryParam("for")).flatMap(Ids::parseOptional);
        Optional<Jobs.Running> running = jobs.current();
        if (waitFor.isPresent() && running.map(job -> !job.id().equals(waitFor.get())).orElse(true)) {
            ctx.header("HX-Refresh", "true"); // the awaited job is over: show its result
        }
        templates.render(ctx, "analysis/job.jte", Map.of("job", running,
                "waitFor", waitFor.map(UUID::toString).orElse("")));
    }
}
