package org.kirok.upr;

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
import org.kirok.web.Router;
import org.kirok.web.Spreadsheet;
import org.kirok.web.Templates;

/**
 * Implementation evidence and assessments: the evidence of a period (an htmx fragment of the recommendation page),
 * recording an assessment, law links, the matrix of a state's cycle with its CSV/XLSX export, and the section of
 * the law page that shows the recommendations about a law beside the acts invoking it.
 */
final class EvidenceRoutes implements Feature {
    private final Upr upr;
    private final Templates templates;
    private final RegisterRoutes pages;

    EvidenceRoutes(Upr upr, Templates templates, RegisterRoutes pages) {
        this.upr = upr;
        this.templates = templates;
        this.pages = pages;
    }

    @Override
    public void routes(Router router) {
        router.get("/upr/recommendations/{id}/evidence", Permission.READ_RECORDS,
                "Acts bearing on a recommendation over a period (fragment)", this::evidence);
        router.post("/upr/recommendations/{id}/assessments/{period}", Permission.ANALYSE, "Record an assessment",
                this::assess);
        router.post("/upr/recommendations/{id}/laws", Permission.ANALYSE, "Link a recommendation to a law", this::link);
        router.post("/upr/law-links/{id}/delete", Permission.ANALYSE, "Remove a law link", this::unlink);
        router.get("/upr/matrix", Permission.READ_RECORDS, "Assessment matrix of a state's cycle", this::matrix);
        router.get("/upr/matrix/export/{format}", Permission.EXPORT, "The assessment matrix as CSV or XLSX", this::export);
        router.get("/upr/laws/{id}/section", Permission.READ_RECORDS,
                "Recommendations about a law and acts invoking it (fragment of the law page)", this::lawSection);
    }

    private void evidence(Context ctx) {
        User user = CurrentUser.of(ctx);
        Recommendation recommendation = upr.register().view(Ids.parse(ctx.pathParam("id"), "recommendation"));
        Period period = Period.parse(Optional.ofNullable(ctx.queryParam("period")).orElse("since_adoption"));
        Map<String, Object> data = new HashMap<>();
        data.put("r", recommendation);
        data.put("evidence", upr.evidence().evidence(user, recommendation, period));
        data.put("assessment", upr.assessments().of(recommendation.id(), period));
        data.put("threshold", upr.evidence().threshold());
        data.put("error", Optional.ofNullable(ctx.queryParam("error")).orElse(""));
        templates.render(ctx, "upr/evidence.jte", data);
    }

    private void assess(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = upr.register().view(Ids.parse(ctx.pathParam("id"), "recommendation")).id();
        Period period = Period.parse(ctx.pathParam("period"));
        FormValues values = FormValues.of(ctx);
        try {
            upr.assessments().assess(user, id, period, AssessmentStatus.parse(values.requiredText("status")),
                    values.text("note"), List.of(values.get("cited_cases").split("[,;\\s]+")), values.integer("version"));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/upr/recommendations/" + id + "#" + period.code());
        } catch (InvalidInputException e) {
            ctx.status(400);
            pages.show(ctx, upr.register().view(id), FormErrors.message(ctx, e));
        }
    }

    private void link(Context ctx) {
        UUID id = upr.register().view(Ids.parse(ctx.pathParam("id"), "recommendation")).id();
        FormValues values = FormValues.of(ctx);
        try {
            upr.laws().link(CurrentUser.of(ctx).actor(), id, values.id("law_id"), values.id("article_id"));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/upr/recommendations/" + id + "#laws");
        } catch (InvalidInputException e) {
            ctx.status(400);
            pages.show(ctx, upr.register().view(id), FormErrors.message(ctx, e));
        }
    }

    private void unlink(Context ctx) {
        UUID link = Ids.parse(ctx.pathParam("id"), "law link");
        String back = Optional.ofNullable(ctx.formParam("back")).filter(b -> b.startsWith("/upr/")).orElse("/upr");
        upr.laws().unlink(CurrentUser.of(ctx).actor(), link);
        Templates.notice(ctx, "common.saved");
        ctx.redirect(back);
    }

    private void matrix(Context ctx) {
        RecommendationFilter filter = RecommendationFilter.from(ctx);
        Map<String, Object> data = new HashMap<>();
        data.put("filter", new FormValues(ctx.queryParamMap()));
        data.put("reviews", upr.register().reviews(Optional.empty()));
        data.put("rows", filter.state().isPresent() && filter.cycle().isPresent()
                ? upr.assessments().matrix(filter.state().get(), filter.cycle().get()) : List.of());
        templates.render(ctx, "upr/matrix.jte", data);
    }

    private void export(Context ctx) {
        Spreadsheet.Format format = Spreadsheet.Format.of(ctx.pathParam("format"));
        RecommendationFilter filter = RecommendationFilter.from(ctx);
        String state = filter.state().orElseThrow(() -> new InvalidInputException("state", "state is required"));
        int cycle = filter.cycle().orElseThrow(() -> new InvalidInputException("cycle", "cycle is required"));
        byte[] bytes = upr.assessments().export(state, cycle).write(format);
        ctx.header("Content-Disposition", "attachment; filename=\"kirok-upr-assessments-" + state + "-cycle" + cycle
                + "." + format.extension() + "\"");
        ctx.contentType(format.mediaType());
        ctx.result(bytes);
    }

    private void lawSection(Context ctx) {
        UUID law = Ids.parse(ctx.pathParam("id"), "law");
        List<LawLink> links = upr.laws().ofLaw(law);
        Map<UUID, Recommendation> recommendations = new HashMap<>();
        links.forEach(link -> recommendations.put(link.recommendationId(), upr.register().view(link.recommendationId())));
        templates.render(ctx, "upr/lawsection.jte", Map.of("links", links, "recommendations", recommendations,
                "acts", upr.laws().actsPerArticle(CurrentUser.of(ctx), law)));
    }
}
