package org.kirok.upr;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.Page;
import org.kirok.transfer.ImportResult;
import org.kirok.transfer.TabularFile;
import org.kirok.vocabulary.Vocabularies;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormValues;
import org.kirok.web.QueryString;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * The register's pages: the filtered list, a recommendation, statistics beside the published figures, reviews and
 * sessions, the issue mapping, the advocacy settings, the import form, a recommendation typed in, and the
 * type-ahead used to cite recommendations.
 */
final class RegisterRoutes implements Feature {
    private final Upr upr;
    private final Vocabularies vocabularies;
    private final Templates templates;

    RegisterRoutes(Upr upr, Vocabularies vocabularies, Templates templates) {
        this.upr = upr;
        this.vocabularies = vocabularies;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/upr", Permission.READ_RECORDS, "UPR recommendations register", this::list);
        router.get("/upr/recommendations/new", Permission.ANALYSE, "Type in a recommendation",
                ctx -> form(ctx, FormValues.from(Map.of("state", "KP")), ""));
        router.post("/upr/recommendations", Permission.ANALYSE, "Save a typed-in recommendation", this::create);
        router.get("/upr/recommendations/{id}", Permission.READ_RECORDS, "Recommendation page", this::show);
        router.post("/upr/recommendations/{id}", Permission.ANALYSE, "Correct category or themes", this::update);
        router.get("/upr/stats", Permission.READ_RECORDS, "Counts of a review beside the published figures", this::stats);
        router.get("/upr/reviews", Permission.READ_RECORDS, "Reviews and sessions with their dates", this::reviews);
        router.post("/upr/reviews", Permission.MANAGE_REFERENCE, "Save a review's dates", this::saveReview);
        router.post("/upr/sessions/{number}", Permission.MANAGE_REFERENCE, "Save a session's dates and deadline",
                this::saveSession);
        router.get("/upr/mapping", Permission.READ_RECORDS, "Issues mapped to rights, act types and themes", this::mapping);
        router.post("/upr/mapping/{issue}", Permission.MANAGE_VOCABULARIES, "Change an issue's mapping", this::saveMapping);
        router.get("/upr/settings", Permission.READ_RECORDS, "Word limits, deadlines and speaking times", ctx ->
                settings(ctx, ""));
        router.post("/upr/settings", Permission.MANAGE_REFERENCE, "Change word limits and speaking times",
                this::saveSettings);
        router.get("/upr/import", Permission.IMPORT, "UPR import form", ctx -> importPage(ctx, Optional.empty(), ""));
        router.post("/upr/import", Permission.IMPORT, "Import a UPR file (form)", this::importForm);
        router.get("/lookup/recommendations", Permission.READ_RECORDS, "Type-ahead for recommendations (q, state)",
                this::lookup);
    }

    private void list(Context ctx) {
        RecommendationFilter filter = RecommendationFilter.from(ctx);
        Page<Recommendation> page = upr.register().list(filter, Page.number(ctx.queryParam("page")), Page.DEFAULT_SIZE);
        templates.render(ctx, "upr/list.jte", Map.of("list", page, "filter", new FormValues(ctx.queryParamMap()),
                "baseQuery", QueryString.without(ctx, "page"), "issues", upr.register().issues(),
                "themes", upr.register().themes(), "reviews", upr.register().reviews(Optional.empty())));
    }

    private void show(Context ctx) {
        Recommendation recommendation = upr.register().view(Ids.parse(ctx.pathParam("id"), "recommendation"));
        show(ctx, recommendation, "");
    }

    void show(Context ctx, Recommendation recommendation, String error) {
        Map<String, Object> data = new HashMap<>();
        data.put("r", recommendation);
        data.put("error", error);
        data.put("issues", upr.register().issues());
        data.put("themes", upr.register().themes());
        data.put("actTypes", upr.register().actTypes(recommendation).stream()
                .map(code -> vocabularies.label(vocabularies.termId("act_type", code), Templates.language(ctx))).toList());
        data.put("laws", upr.laws().ofRecommendation(recommendation.id()));
        data.put("lawChoices", upr.laws().laws());
        data.put("assessments", upr.assessments().of(recommendation.id()));
        data.put("review", upr.register().review(recommendation.stateCode(), recommendation.session()));
        templates.render(ctx, "upr/show.jte", data);
    }

    private void update(Context ctx) {
        Recommendation recommendation = upr.register().view(Ids.parse(ctx.pathParam("id"), "recommendation"));
        FormValues values = FormValues.of(ctx);
        Forms.saving(ctx, error -> show(ctx, recommendation, error), () -> {
            upr.register().updateRecommendation(CurrentUser.of(ctx).actor(), recommendation.id(), values.version(),
                    values.integer("action_category"), values.list("extra_themes"));
            return "/upr/recommendations/" + recommendation.id();
        });
    }

    private void form(Context ctx, FormValues values, String error) {
        templates.render(ctx, "upr/form.jte", Map.of("values", values, "error", error,
                "issues", upr.register().issues()));
    }

    private void create(Context ctx) {
        FormValues values = FormValues.of(ctx);
        Forms.saving(ctx, error -> form(ctx, values, error), () -> {
            UUID id = upr.register().create(CurrentUser.of(ctx).actor(), new RecommendationDraft(values.requiredText("state"),
                    values.integer("session").orElseThrow(() -> new InvalidInputException("session", "session is required")),
                    values.requiredText("text"), List.of(values.get("recommending").split("[;\\n]")),
                    values.text("response").map(Response::parse), values.text("response_raw"), values.list("issues"),
                    values.integer("action_category"), values.text("document_symbol")));
            return "/upr/recommendations/" + id;
        });
    }

    private void stats(Context ctx) {
        RecommendationFilter filter = RecommendationFilter.from(ctx);
        String language = Templates.language(ctx);
        Map<String, Object> data = new HashMap<>();
        data.put("filter", new FormValues(ctx.queryParamMap()));
        data.put("reviews", upr.register().reviews(Optional.empty()));
        data.put("state", filter.state().orElse(""));
        Optional<UprStats> stats = filter.state().map(s -> upr.register().stats(filter));
        data.put("stats", stats);
        data.put("published", filter.state().map(s -> upr.published().figures(s, filter.session(), filter.cycle()))
                .orElse(List.of()));
        Map<String, String> issueLabels = new HashMap<>();
        upr.register().issues().forEach(issue -> issueLabels.put(issue.code(), issue.label(language)));
        Map<String, List<Bar>> charts = new java.util.LinkedHashMap<>();
        stats.ifPresent(s -> {
            Map<String, Long> categories = new java.util.TreeMap<>(s.byActionCategory());
            charts.put("upr.by_category", Bar.chart(categories, c -> c + " · " + Forms.t(ctx, "upr.category." + c), 5)
                    .stream().sorted(java.util.Comparator.comparing(Bar::label)).toList());
            charts.put("upr.by_issue", Bar.chart(s.byIssue(), c -> issueLabels.getOrDefault(c, c), 15));
            charts.put("upr.by_recommending_state", Bar.chart(s.byRecommendingState(),
                    c -> States.all().name(c, language), 15));
            charts.put("upr.by_group", Bar.chart(s.byRegionalGroup(), g -> g, 6));
        });
        data.put("charts", charts);
        templates.render(ctx, "upr/stats.jte", data);
    }

    private void reviews(Context ctx) {
        templates.render(ctx, "upr/reviews.jte", Map.of("reviews", upr.register().reviews(Optional.empty()),
                "sessions", upr.register().sessions(), "months",
                upr.settings().get(UprSettings.Key.DEADLINE_MONTHS)));
    }

    private void saveReview(Context ctx) {
        FormValues values = FormValues.of(ctx);
        upr.register().saveReview(CurrentUser.of(ctx).actor(), values.requiredText("state"),
                values.integer("session").orElseThrow(() -> new InvalidInputException("session", "session is required")),
                values.date("review_date"), values.date("adoption_date"), values.text("report_symbol"),
                values.text("notes"));
        Templates.notice(ctx, "common.saved");
        ctx.redirect("/upr/reviews");
    }

    private void saveSession(Context ctx) {
        FormValues values = FormValues.of(ctx);
        String number = ctx.pathParam("number");
        if (!number.matches("\\d{1,3}")) {
            throw new org.kirok.store.NotFoundException("UPR session");
        }
        Session current = upr.register().session(Integer.parseInt(number));
        Optional<java.time.Instant> deadline = values.text("deadline").map(text -> {
            try {
                return Deadline.noonInGeneva(LocalDate.parse(text));
            } catch (DateTimeParseException notADay) {
                try {
                    return LocalDateTime.parse(text).atZone(Deadline.GENEVA).toInstant();
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("deadline", "the deadline must be a day (noon Geneva time) or a "
                            + "Geneva date and time like 2024-04-08T12:00 (got '" + text + "')");
                }
            }
        });
        upr.register().updateSession(CurrentUser.of(ctx).actor(), new Session(current.number(), current.cycle(),
                values.date("starts_on"), values.date("ends_on"), deadline, values.text("notes"), current.version()),
                values.version());
        Templates.notice(ctx, "common.saved");
        ctx.redirect("/upr/reviews#session-" + current.number());
    }

    private void mapping(Context ctx) {
        templates.render(ctx, "upr/mapping.jte", Map.of("mappings", upr.register().mappings(),
                "rights", vocabularies.activeTerms("right"), "actTypes", vocabularies.activeTerms("act_type"),
                "themes", upr.register().themes()));
    }

    private void saveMapping(Context ctx) {
        FormValues values = FormValues.of(ctx);
        Set<UUID> terms = new LinkedHashSet<>();
        for (String id : values.list("terms")) {
            terms.add(Ids.parseOptional(id).orElseThrow(() -> new InvalidInputException("terms", "not a term id: " + id)));
        }
        upr.register().updateMapping(CurrentUser.of(ctx).actor(), ctx.pathParam("issue"), terms,
                new LinkedHashSet<>(values.list("themes")));
        Templates.notice(ctx, "common.saved");
        ctx.redirect("/upr/mapping#issue-" + ctx.pathParam("issue"));
    }

    private void settings(Context ctx, String error) {
        templates.render(ctx, "upr/settings.jte", Map.of("settings", upr.settings().all(), "error", error));
    }

    private void saveSettings(Context ctx) {
        FormValues values = FormValues.of(ctx);
        Forms.saving(ctx, error -> settings(ctx, error), () -> {
            for (UprSettings.Key key : UprSettings.Key.values()) {
                Optional<Integer> value = values.integer(key.settingName());
                if (value.isPresent() && value.get() != upr.settings().get(key)) {
                    upr.settings().set(CurrentUser.of(ctx).actor(), key, value.get());
                }
            }
            return "/upr/settings";
        });
    }

    private void importPage(Context ctx, Optional<ImportResult> result, String error) {
        templates.render(ctx, "upr/import.jte", Map.of("result", result, "error", error));
    }

    private void importForm(Context ctx) throws IOException {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            ctx.status(400);
            importPage(ctx, Optional.empty(), Forms.t(ctx, "upr.import_choose"));
            return;
        }
        try (InputStream in = file.content()) {
            ImportFormat format = ImportFormat.parse(ctx.formParam("format"));
            ImportResult result = upr.importer().importFile(format, file.filename(), in.readAllBytes(),
                    Optional.ofNullable(ctx.formParam("encoding")).filter(s -> !s.isBlank()).map(UprApi::charset),
                    CurrentUser.of(ctx).actor(), new UprImporter.Options("on".equals(ctx.formParam("keep_accepted")),
                            "on".equals(ctx.formParam("dry_run")), n -> { }));
            ctx.status(result.rejected().isEmpty() ? 200 : 422);
            importPage(ctx, Optional.of(result), "");
        } catch (TabularFile.Unreadable e) {
            ctx.status(400);
            importPage(ctx, Optional.empty(), file.filename() + ": " + e.getMessage());
        } catch (InvalidInputException e) {
            ctx.status(400);
            importPage(ctx, Optional.empty(), e.getMessage());
        }
    }

    private void lookup(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        Optional<String> state = Optional.ofNullable(ctx.queryParam("state")).filter(s -> !s.isBlank())
                .flatMap(s -> States.all().resolve(s));
        if (q.isEmpty()) {
            ctx.json(List.of());
            return;
        }
        RecommendationFilter filter = new RecommendationFilter(state, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(q));
        String language = Templates.language(ctx);
        ctx.json(upr.register().list(filter, 1, 12).items().stream().map(r -> Map.of("id", r.externalId(),
                "label", r.stateCode() + " s" + r.session() + " · " + r.recommendingNames(language) + ": "
                        + r.excerpt(110))).toList());
    }
}
