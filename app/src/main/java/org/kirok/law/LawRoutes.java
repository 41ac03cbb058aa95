package org.kirok.law;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kirok.security.Permission;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.Page;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.Messages;
import org.kirok.web.QueryString;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/** The law pages: list, law page with versions and articles, article page, forms, and the article type-ahead. */
public final class LawRoutes implements Feature {
    private final LawService laws;
    private final Templates templates;

    public LawRoutes(LawService laws, Templates templates) {
        this.laws = laws;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/laws", Permission.READ_RECORDS, "Law list", this::list);
        router.get("/laws/new", Permission.MANAGE_REFERENCE, "New law form", ctx -> form(ctx, "law",
                "/laws", t(ctx, "law.new"), FormValues.from(Map.of("country_code", "KP")), ""));
        router.post("/laws", Permission.MANAGE_REFERENCE, "Create a law", this::create);
        router.get("/laws/{id}", Permission.READ_RECORDS, "Law page with versions and articles", this::show);
        router.get("/laws/{id}/edit", Permission.MANAGE_REFERENCE, "Edit law form", this::edit);
        router.post("/laws/{id}", Permission.MANAGE_REFERENCE, "Update a law", this::update);
        router.post("/laws/{id}/versions", Permission.MANAGE_REFERENCE, "Add a version to a law", this::addVersion);
        router.get("/laws/versions/{id}/edit", Permission.MANAGE_REFERENCE, "Edit law version form", this::editVersion);
        router.post("/laws/versions/{id}", Permission.MANAGE_REFERENCE, "Update a law version", this::updateVersion);
        router.post("/laws/versions/{id}/articles", Permission.MANAGE_REFERENCE, "Add an article", this::addArticle);
        router.get("/laws/articles/{id}", Permission.READ_RECORDS, "Article page", this::article);
        router.get("/laws/articles/{id}/edit", Permission.MANAGE_REFERENCE, "Edit article form", this::editArticle);
        router.post("/laws/articles/{id}", Permission.MANAGE_REFERENCE, "Update an article", this::updateArticle);
        router.get("/lookup/articles", Permission.READ_RECORDS, "Type-ahead for law articles (legal basis)", this::lookup);
    }

    private static String t(Context ctx, String key) {
        return Messages.of(Templates.language(ctx)).t(key);
    }

    private void list(Context ctx) {
        Page<Law> page = laws.list(Optional.ofNullable(ctx.queryParam("q")), Page.number(ctx.queryParam("page")),
                Page.DEFAULT_SIZE);
        templates.render(ctx, "law/list.jte", Map.of("list", page, "filter", new FormValues(ctx.queryParamMap()),
                "baseQuery", QueryString.without(ctx, "page")));
    }

    private void show(Context ctx) {
        show(ctx, laws.view(Ids.parse(ctx.pathParam("id"), "law")), FormValues.empty(), "", Optional.empty());
    }

    /** The law page, optionally with a rejected version or article form shown again with its error. */
    private void show(Context ctx, Law law, FormValues values, String error, Optional<UUID> failedVersion) {
        Map<String, Object> data = new HashMap<>();
        data.put("law", law);
        data.put("values", values);
        data.put("error", error);
        data.put("failedVersion", failedVersion.map(UUID::toString).orElse(""));
        templates.render(ctx, "law/show.jte", data);
    }

    private void create(Context ctx) {
        FormValues values = FormValues.of(ctx);
        saving(ctx, error ->
                form(ctx, "law", "/laws", t(ctx, "law.new"), values, error), () -> {
                    UUID id = laws.createLaw(CurrentUser.of(ctx).actor(), LawJson.law(values));
                    return "/laws/" + id;
                });
    }

    private void edit(Context ctx) {
        Law law = laws.view(Ids.parse(ctx.pathParam("id"), "law"));
        form(ctx, "law", "/laws/" + law.id(), law.title(Templates.language(ctx)), LawJson.values(law), "");
    }

    private void update(Context ctx) {
        Law law = laws.view(Ids.parse(ctx.pathParam("id"), "law"));
        FormValues values = FormValues.of(ctx);
        saving(ctx, error -> form(ctx, "law", "/laws/" + law.id(), law.title(Templates.language(ctx)),
                values, error), () -> {
                    laws.updateLaw(CurrentUser.of(ctx).actor(), law.id(), values.version(), LawJson.law(values));
                    return "/laws/" + law.id();
                });
    }

    private void addVersion(Context ctx) {
        Law law = laws.view(Ids.parse(ctx.pathParam("id"), "law"));
        FormValues values = FormValues.of(ctx);
        saving(ctx, error -> show(ctx, law, values, error, Optional.of(law.id())), () -> {
            laws.addVersion(CurrentUser.of(ctx).actor(), law.id(), LawJson.version(values));
            return "/laws/" + law.id();
        });
    }

    private void editVersion(Context ctx) {
        LawVersion version = laws.version(Ids.parse(ctx.pathParam("id"), "law version"));
        form(ctx, "version", "/laws/versions/" + version.id(), version.label(), LawJson.values(version), "");
    }

    private void updateVersion(Context ctx) {
        LawVersion version = laws.version(Ids.parse(ctx.pathParam("id"), "law version"));
        FormValues values = FormValues.of(ctx);
        saving(ctx, error -> form(ctx, "version", "/laws/versions/" + version.id(), version.label(),
                values, error), () -> {
                    laws.updateVersion(CurrentUser.of(ctx).actor(), version.id(), values.version(), LawJson.version(values));
                    return "/laws/" + version.lawId();
                });
    }

    private void addArticle(Context ctx) {
        LawVersion version = laws.version(Ids.parse(ctx.pathParam("id"), "law version"));
        FormValues values = FormValues.of(ctx);
        saving(ctx, error -> show(ctx, laws.view(version.lawId()), values, error, Optional.of(version.id())),
                () -> {
                    UUID id = laws.addArticle(CurrentUser.of(ctx).actor(), version.id(), LawJson.article(values));
                    return "/laws/" + version.lawId() + "#article-" + id;
                });
    }

    private void article(Context ctx) {
        LawArticle article = laws.article(Ids.parse(ctx.pathParam("id"), "article"));
        templates.render(ctx, "law/article.jte", Map.of("article", article));
    }

    private void editArticle(Context ctx) {
        LawArticle article = laws.article(Ids.parse(ctx.pathParam("id"), "article"));
        form(ctx, "article", "/laws/articles/" + article.id(), article.label(Templates.language(ctx)),
                LawJson.values(article), "");
    }

    private void updateArticle(Context ctx) {
        LawArticle article = laws.article(Ids.parse(ctx.pathParam("id"), "article"));
        FormValues values = FormValues.of(ctx);
        saving(ctx, error -> form(ctx, "article", "/laws/articles/" + article.id(),
                article.label(Templates.language(ctx)), values, error), () -> {
                    laws.updateArticle(CurrentUser.of(ctx).actor(), article.id(), values.version(), LawJson.article(values));
                    return "/laws/articles/" + article.id();
                });
    }

    /** Runs a save; on success shows "Saved." on the page it redirects to, on bad input the form again with why. */
    private static void saving(Context ctx, Consumer<String> showForm, Supplier<String> save) {
        try {
            String next = save.get();
            Templates.notice(ctx, "common.saved");
            ctx.redirect(next);
        } catch (InvalidInputException e) {
            ctx.status(400);
            showForm.accept(FormErrors.message(ctx, e));
        }
    }

    private void lookup(Context ctx) {
        String language = Templates.language(ctx);
        ctx.json(laws.lookupArticles(Optional.ofNullable(ctx.queryParam("q")).orElse(""), 15).stream()
                .map(a -> Map.of("id", a.id(), "label", a.label(language)
                        + (a.heading(language).isEmpty() ? "" : " — " + a.heading(language)))).toList());
    }

    private void form(Context ctx, String kind, String action, String title, FormValues values, String error) {
        templates.render(ctx, "law/form.jte", Map.of("kind", kind, "action", action, "title", title, "values", values,
                "error", error));
    }
}
