package org.kirok.analysis.linkage;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.Page;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.JsonBody;
import org.kirok.web.Router;

/** {@code /api/v1/linkage}: runs, their scored pairs and review queue, judgments and entities — ids, never names. */
public final class LinkageApi implements Feature {
    private final LinkageService linkage;

    public LinkageApi(LinkageService linkage) {
        this.linkage = linkage;
    }

    @Override
    public void routes(Router router) {
        router.post("/api/v1/linkage/runs", Permission.ANALYSE,
                "Start a linkage run ({threshold, review_low, review_high}); 202, 409 while another analysis runs", this::start);
        router.get("/api/v1/linkage/runs", Permission.ANALYSE, "Linkage runs, newest first", ctx ->
                ctx.json(linkage.runs(CurrentUser.of(ctx)).stream().map(LinkageJson::run).toList()));
        router.get("/api/v1/linkage/runs/{id}", Permission.ANALYSE, "One linkage run with its settings and fitted model",
                ctx -> ctx.json(LinkageJson.run(linkage.run(CurrentUser.of(ctx), runId(ctx)))));
        router.get("/api/v1/linkage/runs/{id}/pairs", Permission.ANALYSE,
                "Scored pairs of a run from probability min (default 0.5), explained field by field", this::pairs);
        router.get("/api/v1/linkage/runs/{id}/queue", Permission.ANALYSE,
                "Undecided pairs of a run in its review band, most uncertain first", this::queue);
        router.post("/api/v1/linkage/judgments", Permission.ANALYSE,
                "Judge a pair ({left, right, decision: same|different|unsure, reason?, run_id?})", this::judge);
        router.get("/api/v1/linkage/judgments", Permission.ANALYSE,
                "The judgment log, newest first (person, page, size)", this::judgments);
        router.post("/api/v1/linkage/judgments/{id}/retract", Permission.ANALYSE,
                "Retract the current judgment of a pair ({reason?}); 409 if a later one replaced it", this::retract);
        router.get("/api/v1/linkage/persons/{id}/entity", Permission.READ_IDENTITY,
                "The other records of the same person, with the judgments that join them", ctx -> ctx.json(LinkageJson.entity(
                        linkage.entity(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "person")))));
    }

    private void start(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        UUID id = linkage.start(CurrentUser.of(ctx), RunSettings.of(body.number("threshold"), body.number("review_low"),
                body.number("review_high")));
        ctx.status(202).header("Location", "/api/v1/linkage/runs/" + id).json(java.util.Map.of("id", id));
    }

    private void pairs(Context ctx) {
        double minimum = probability(ctx.queryParam("min"), 0.5);
        int page = Page.number(ctx.queryParam("page"));
        int size = Page.size(ctx.queryParam("size"));
        ctx.json(LinkageJson.list(linkage.pairs(CurrentUser.of(ctx), runId(ctx), minimum, (page - 1) * size, size)
                .stream().map(LinkageJson::pair).toList(), page, size));
    }

    private void queue(Context ctx) {
        int page = Page.number(ctx.queryParam("page"));
        int size = Page.size(ctx.queryParam("size"));
        ctx.json(LinkageJson.list(linkage.queueRows(CurrentUser.of(ctx), runId(ctx), (page - 1) * size, size)
                .stream().map(LinkageJson::pair).toList(), page, size));
    }

    private void judge(Context ctx) {
        User user = CurrentUser.of(ctx);
        JsonBody body = JsonBody.of(ctx);
        UUID left = body.id("left").orElseThrow(() -> new InvalidInputException("left", "left is required (a person id)"));
        UUID right = body.id("right").orElseThrow(() -> new InvalidInputException("right", "right is required (a person id)"));
        Judgment judgment = linkage.judge(user, PersonPair.of(left, right), Decision.parse(body.requiredText("decision")),
                body.text("reason"), body.id("run_id"));
        ctx.status(201).json(LinkageJson.judgment(judgment));
    }

    private void judgments(Context ctx) {
        Optional<UUID> person = Optional.ofNullable(ctx.queryParam("person")).map(text -> Ids.parse(text, "person"));
        int page = Page.number(ctx.queryParam("page"));
        int size = Page.size(ctx.queryParam("size"));
        ctx.json(LinkageJson.list(linkage.recent(CurrentUser.of(ctx), person, (page - 1) * size, size).stream()
                .map(LinkageJson::judgment).toList(), page, size));
    }

    private void retract(Context ctx) {
        UUID id = Ids.parse(ctx.pathParam("id"), "judgment");
        Optional<String> reason = ctx.body().isBlank() ? Optional.empty() : JsonBody.of(ctx).text("reason");
        ctx.status(201).json(LinkageJson.judgment(linkage.retract(CurrentUser.of(ctx), id, reason)));
    }

    private static UUID runId(Context ctx) {
        return Ids.parse(ctx.pathParam("id"), "linkage run");
    }

    private static double probability(String text, double fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidInputException("min", "min must be a probability between 0 and 1 (got '" + text + "')");
    }
}
