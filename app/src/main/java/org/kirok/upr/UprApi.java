package org.kirok.upr;

import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.Page;
import org.kirok.transfer.ImportResult;
import org.kirok.transfer.TabularFile;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.JsonBody;
import org.kirok.web.Router;
import org.kirok.web.Spreadsheet;

/**
 * {@code /api/v1/upr/…}: import (CSV or XLSX body), statistics per review or cycle, the register, evidence,
 * assessments, law links and the issue mapping.
 */
public final class UprApi implements Feature {
    private final UprImporter importer;
    private final UprService register;
    private final EvidenceService evidence;
    private final AssessmentService assessments;
    private final LawLinks laws;
    private final PublishedFigureReader published;

    public UprApi(UprImporter importer, UprService register, EvidenceService evidence, AssessmentService assessments,
                  LawLinks laws, PublishedFigureReader published) {
        this.importer = importer;
        this.register = register;
        this.evidence = evidence;
        this.assessments = assessments;
        this.laws = laws;
        this.published = published;
    }

    @Override
    public void routes(Router router) {
        router.post("/api/v1/upr/import", Permission.IMPORT,
                "Import recommendations (format=upr-info|uhri) or published figures (format=published); body CSV or XLSX",
                this::importFile);
        router.get("/api/v1/upr/stats", Permission.READ_RECORDS,
                "Counts of a state's recommendations (state, session or cycle) with the published figures", this::stats);
        router.get("/api/v1/upr/recommendations", Permission.READ_RECORDS,
                "The register (state, session, cycle, response, category, issue, theme, recommending, q, page)", this::list);
        router.post("/api/v1/upr/recommendations", Permission.ANALYSE, "Type in a recommendation", this::create);
        router.get("/api/v1/upr/recommendations/{id}", Permission.READ_RECORDS,
                "One recommendation with its law links and assessments", this::read);
        router.put("/api/v1/upr/recommendations/{id}", Permission.ANALYSE,
                "Correct the action category or add themes (send its version)", this::update);
        router.get("/api/v1/upr/recommendations/{id}/evidence", Permission.READ_RECORDS,
                "Acts bearing on the recommendation (period=since_adoption|since_last_review), counts gated", this::evidence);
        router.put("/api/v1/upr/recommendations/{id}/assessments/{period}", Permission.ANALYSE,
                "Record the assessment of a period (status, note, cited_cases)", this::assess);
        router.post("/api/v1/upr/recommendations/{id}/laws", Permission.ANALYSE,
                "Link the recommendation to a law or article (law_id, article_id)", this::link);
        router.delete("/api/v1/upr/law-links/{id}", Permission.ANALYSE, "Remove a law link", ctx -> {
            laws.unlink(CurrentUser.of(ctx).actor(), Ids.parse(ctx.pathParam("id"), "law link"));
            ctx.status(204);
        });
        router.get("/api/v1/upr/reviews", Permission.READ_RECORDS, "Reviews with their dates (state)", ctx ->
                ctx.json(register.reviews(Optional.ofNullable(ctx.queryParam("state")).map(UprApi::state))));
        router.get("/api/v1/upr/matrix", Permission.READ_RECORDS,
                "Assessment matrix of a state's cycle (state, cycle)", ctx -> ctx.json(assessments.matrix(
                        required(RecommendationFilter.from(ctx).state(), "state"),
                        required(RecommendationFilter.from(ctx).cycle(), "cycle"))));
        router.get("/api/v1/upr/matrix/export/{format}", Permission.EXPORT,
                "Assessment matrix as CSV or XLSX (state, cycle)", this::exportMatrix);
        router.get("/api/v1/upr/mapping", Permission.READ_RECORDS, "UPR Info issues mapped to rights, act types, themes",
                ctx -> ctx.json(register.mappings()));
    }

    private static <T> T required(Optional<T> value, String name) {
        return value.orElseThrow(() -> new InvalidInputException(name, name + " is required"));
    }

    private void exportMatrix(Context ctx) {
        Spreadsheet.Format format = Spreadsheet.Format.of(ctx.pathParam("format"));
        RecommendationFilter filter = RecommendationFilter.from(ctx);
        String state = required(filter.state(), "state");
        int cycle = required(filter.cycle(), "cycle");
        ctx.header("Content-Disposition", "attachment; filename=\"kirok-upr-assessments-" + state + "-cycle" + cycle
                + "." + format.extension() + "\"");
        ctx.contentType(format.mediaType());
        ctx.result(assessments.export(state, cycle).write(format));
    }

    static String state(String text) {
        return States.all().resolve(text).orElseThrow(() -> new InvalidInputException("state",
                "'" + text + "' is not a state Kirok knows; use its name or ISO 3166 code (KP, CN)"));
    }

    private void importFile(Context ctx) {
        User user = CurrentUser.of(ctx);
        ImportFormat format = ImportFormat.parse(Optional.ofNullable(ctx.queryParam("format")).orElse(""));
        Optional<Charset> encoding = Optional.ofNullable(ctx.queryParam("encoding")).filter(s -> !s.isBlank())
                .map(UprApi::charset);
        boolean xlsx = Optional.ofNullable(ctx.contentType()).orElse("").contains("spreadsheetml");
        try {
            ImportResult result = importer.importFile(format, xlsx ? "upload.xlsx" : "upload.csv", ctx.bodyAsBytes(),
                    encoding, user.actor(), new UprImporter.Options("true".equals(ctx.queryParam("keep_accepted")),
                            "true".equals(ctx.queryParam("dry_run")), n -> { }));
            ctx.status(result.rejected().isEmpty() ? 200 : 422).json(json(format, result));
        } catch (TabularFile.Unreadable e) {
            throw new InvalidInputException("file", e.getMessage());
        }
    }

    static Map<String, Object> json(ImportFormat format, ImportResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", format.code());
        json.put("rows", result.rows());
        json.put("accepted", result.accepted());
        json.put("updated", result.updated());
        json.put("unchanged", result.unchanged());
        json.put("rejected", result.rejected().size());
        json.put("saved", result.committed());
        json.put("errors", result.rejected().stream().map(r -> Map.of("row", r.row(), "field", r.field(),
                "message", r.reason())).toList());
        return json;
    }

    private void stats(Context ctx) {
        RecommendationFilter filter = RecommendationFilter.from(ctx);
        String state = filter.state().orElseThrow(() -> new InvalidInputException("state",
                "state is required, e.g. state=KP (a name such as 'DPR Korea' works too)"));
        UprStats stats = register.stats(filter);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", state);
        filter.session().ifPresent(s -> json.put("session", s));
        filter.cycle().ifPresent(c -> json.put("cycle", c));
        json.put("total", stats.total());
        json.put("supported", stats.supported());
        json.put("noted", stats.noted());
        json.put("without_response", stats.withoutResponse());
        json.put("by_action_category", stats.byActionCategory());
        json.put("by_issue", stats.byIssue());
        json.put("by_recommending_state", stats.byRecommendingState());
        json.put("by_regional_group", stats.byRegionalGroup());
        json.put("published", published.figures(state, filter.session(), filter.cycle()));
        ctx.json(json);
    }

    private void list(Context ctx) {
        Page<Recommendation> page = register.list(RecommendationFilter.from(ctx), Page.number(ctx.queryParam("page")),
                Page.size(ctx.queryParam("size")));
        ctx.json(Map.of("total", page.total(), "page", page.number(), "size", page.size(), "items", page.items()));
    }

    private void read(Context ctx) {
        Recommendation recommendation = register.view(Ids.parse(ctx.pathParam("id"), "recommendation"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("recommendation", recommendation);
        json.put("laws", laws.ofRecommendation(recommendation.id()));
        json.put("assessments", assessments.of(recommendation.id()));
        json.put("act_types", register.actTypes(recommendation));
        ctx.json(json);
    }

    private void create(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        UUID id = register.create(CurrentUser.of(ctx).actor(), new RecommendationDraft(body.requiredText("state"),
                body.integer("session").orElseThrow(() -> new InvalidInputException("session", "session is required")),
                body.requiredText("text"), body.texts("recommending"), body.text("response").map(Response::parse),
                body.text("response_raw"), body.texts("issues"), body.integer("action_category"),
                body.text("document_symbol")));
        ctx.status(201).header("Location", "/api/v1/upr/recommendations/" + id).json(Map.of("id", id));
    }

    private void update(Context ctx) {
        UUID id = register.view(Ids.parse(ctx.pathParam("id"), "recommendation")).id();
        JsonBody body = JsonBody.of(ctx);
        register.updateRecommendation(CurrentUser.of(ctx).actor(), id, body.version().orElseThrow(() ->
                new InvalidInputException("version", "send the version you edited (optimistic locking)")),
                body.integer("action_category"), body.texts("extra_themes"));
        ctx.json(register.view(id));
    }

    private void evidence(Context ctx) {
        Recommendation recommendation = register.view(Ids.parse(ctx.pathParam("id"), "recommendation"));
        Period period = Period.parse(Optional.ofNullable(ctx.queryParam("period")).orElse("since_adoption"));
        ctx.json(evidence.evidence(CurrentUser.of(ctx), recommendation, period));
    }

    private void assess(Context ctx) {
        UUID id = register.view(Ids.parse(ctx.pathParam("id"), "recommendation")).id();
        Period period = Period.parse(ctx.pathParam("period"));
        JsonBody body = JsonBody.of(ctx);
        assessments.assess(CurrentUser.of(ctx), id, period, AssessmentStatus.parse(body.requiredText("status")),
                body.text("note"), body.texts("cited_cases"), body.version());
        ctx.json(assessments.of(id, period).orElseThrow());
    }

    private void link(Context ctx) {
        UUID id = register.view(Ids.parse(ctx.pathParam("id"), "recommendation")).id();
        JsonBody body = JsonBody.of(ctx);
        UUID link = laws.link(CurrentUser.of(ctx).actor(), id, body.id("law_id"), body.id("article_id"));
        ctx.status(201).json(Map.of("id", link, "links", laws.ofRecommendation(id)));
    }

    /** The encoding a user names for a CSV that is not UTF-8 ("cp949" is Korean Windows). */
    static Charset charset(String name) {
        try {
            return Charset.forName(name.strip().equalsIgnoreCase("cp949") ? "x-windows-949" : name.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("encoding", "unknown encoding '" + name + "' (try utf-8 or cp949)");
        }
    }
}
