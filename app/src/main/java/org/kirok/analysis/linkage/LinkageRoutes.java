package org.kirok.analysis.linkage;

import io.javalin.http.Context;
import java.util.HashMap;
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
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * The linkage pages: starting a run, a run's page, the review queue (decide in one click, htmx), and the section
 * of a person's page that lists the same person in other records with a way to un-merge.
 */
public final class LinkageRoutes implements Feature {
    static final int QUEUE_PAGE = 10;

    private final LinkageService linkage;
    private final Templates templates;

    public LinkageRoutes(LinkageService linkage, Templates templates) {
        this.linkage = linkage;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.post("/analysis/linkage/runs", Permission.ANALYSE, "Start a linkage run over the persons", this::start);
        router.get("/analysis/linkage/runs/{id}", Permission.ANALYSE, "A linkage run", this::run);
        router.get("/analysis/linkage/queue", Permission.ANALYSE, "Review queue of uncertain pairs", this::queue);
        router.post("/analysis/linkage/judgments", Permission.ANALYSE, "Judge a pair: same, different or unsure", this::judge);
        router.get("/analysis/linkage/persons/{id}/entity", Permission.READ_IDENTITY,
                "The same person in other records (fragment)", this::entity);
        router.post("/analysis/linkage/persons/{id}/unmerge", Permission.ANALYSE,
                "Take a record out of this person's entity (retracts the links)", this::unmerge);
    }

    private void start(Context ctx) {
        User user = CurrentUser.of(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            RunSettings settings = RunSettings.of(values.number("threshold"), values.number("review_low"),
                    values.number("review_high"));
            linkage.start(user, settings);
            Templates.notice(ctx, "analysis.linkage.started");
            ctx.redirect("/analysis");
        } catch (InvalidInputException e) {
            ctx.status(400);
            templates.render(ctx, "error.jte", Map.of("status", 400, "message", FormErrors.message(ctx, e), "detail", ""));
        }
    }

    private void run(Context ctx) {
        LinkageRun run = linkage.run(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "linkage run"));
        templates.render(ctx, "analysis/run.jte", Map.of("run", run));
    }

    private void queue(Context ctx) {
        User user = CurrentUser.of(ctx);
        Optional<UUID> runId = Optional.ofNullable(ctx.queryParam("run")).map(text -> Ids.parse(text, "linkage run"));
        QueuePage page = linkage.queue(user, runId, 0, QUEUE_PAGE);
        templates.render(ctx, "analysis/queue.jte", Map.of("queue", page));
    }

    private void judge(Context ctx) {
        User user = CurrentUser.of(ctx);
        FormValues values = FormValues.of(ctx);
        PersonPair pair = pair(values);
        Optional<UUID> runId = values.id("run");
        Judgment judgment = linkage.judge(user, pair, Decision.parse(values.get("decision")), values.text("reason"), runId);
        if (ctx.header("HX-Request") != null) {
            Map<String, Object> data = new HashMap<>();
            data.put("judgment", judgment);
            templates.render(ctx, "analysis/decided.jte", data);
        } else {
            Templates.notice(ctx, "analysis.judgment.saved");
            ctx.redirect("/analysis/linkage/queue" + runId.map(id -> "?run=" + id).orElse(""));
        }
    }

    private void entity(Context ctx) {
        UUID person = Ids.parse(ctx.pathParam("id"), "person");
        templates.render(ctx, "analysis/entity.jte", Map.of("entity", linkage.entity(CurrentUser.of(ctx), person),
                "outcome", ""));
    }

    private void unmerge(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID person = Ids.parse(ctx.pathParam("id"), "person");
        FormValues values = FormValues.of(ctx);
        UUID other = values.id("other").orElseThrow(() -> new InvalidInputException("other", "say which record to take out"));
        LinkageService.Unmerge done = linkage.unmerge(user, person, other, values.text("reason"));
        String outcome = done.stillJoined() ? "analysis.unmerge.still_joined" : "analysis.unmerge.done";
        if (ctx.header("HX-Request") != null) {
            templates.render(ctx, "analysis/entity.jte", Map.of("entity", linkage.entity(user, person), "outcome", outcome));
        } else {
            Templates.notice(ctx, outcome);
            ctx.redirect("/persons/" + person);
        }
    }

    /** The pair a form names: fields left and right, two person ids. */
    static PersonPair pair(FormValues values) {
        UUID left = values.id("left").orElseThrow(() -> new InvalidInputException("left", "left is required"));
        UUID right = values.id("right").orElseThrow(() -> new InvalidInputException("right", "right is required"));
        return PersonPair.of(left, right);
    }
}
