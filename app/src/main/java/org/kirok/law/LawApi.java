package org.kirok.law;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.Page;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.JsonBody;
import org.kirok.web.Router;

/** {@code /api/v1/laws}, {@code /api/v1/law-versions}, {@code /api/v1/law-articles}: read, create, update with version. */
public final class LawApi implements Feature {
    private final LawService laws;

    public LawApi(LawService laws) {
        this.laws = laws;
    }

    @Override
    public void routes(Router router) {
        router.get("/api/v1/laws", Permission.READ_RECORDS, "List laws with versions and articles (q, page)", this::list);
        router.post("/api/v1/laws", Permission.MANAGE_REFERENCE, "Create a law", this::create);
        router.get("/api/v1/laws/{id}", Permission.READ_RECORDS, "One law with its versions and articles", this::read);
        router.put("/api/v1/laws/{id}", Permission.MANAGE_REFERENCE, "Update a law (send its version)", this::update);
        router.post("/api/v1/laws/{id}/versions", Permission.MANAGE_REFERENCE, "Add a version to a law", this::addVersion);
        router.get("/api/v1/law-versions/{id}", Permission.READ_RECORDS, "One law version with its articles",
                ctx -> ctx.json(LawJson.json(laws.version(Ids.parse(ctx.pathParam("id"), "law version")))));
        router.put("/api/v1/law-versions/{id}", Permission.MANAGE_REFERENCE, "Update a law version (send its version)",
                this::updateVersion);
        router.post("/api/v1/law-versions/{id}/articles", Permission.MANAGE_REFERENCE, "Add an article to a law version",
                this::addArticle);
        router.get("/api/v1/law-articles/{id}", Permission.READ_RECORDS, "One article",
                ctx -> ctx.json(LawJson.json(laws.article(Ids.parse(ctx.pathParam("id"), "article")))));
        router.put("/api/v1/law-articles/{id}", Permission.MANAGE_REFERENCE, "Update an article (send its version)",
                this::updateArticle);
    }

    private void list(Context ctx) {
        Page<Law> page = laws.list(Optional.ofNullable(ctx.queryParam("q")), Page.number(ctx.queryParam("page")),
                Page.size(ctx.queryParam("size")));
        ctx.json(Map.of("total", page.total(), "page", page.number(), "size", page.size(),
                "items", page.items().stream().map(LawJson::json).toList()));
    }

    private void read(Context ctx) {
        ctx.json(LawJson.json(laws.view(Ids.parse(ctx.pathParam("id"), "law"))));
    }

    private void create(Context ctx) {
        UUID id = laws.createLaw(CurrentUser.of(ctx).actor(), LawJson.law(JsonBody.of(ctx)));
        ctx.status(201).header("Location", "/api/v1/laws/" + id).json(Map.of("id", id));
    }

    private void update(Context ctx) {
        UUID id = laws.view(Ids.parse(ctx.pathParam("id"), "law")).id();
        JsonBody body = JsonBody.of(ctx);
        laws.updateLaw(CurrentUser.of(ctx).actor(), id, version(body), LawJson.law(body));
        ctx.json(LawJson.json(laws.view(id)));
    }

    private void addVersion(Context ctx) {
        UUID lawId = laws.view(Ids.parse(ctx.pathParam("id"), "law")).id();
        UUID id = laws.addVersion(CurrentUser.of(ctx).actor(), lawId, LawJson.version(JsonBody.of(ctx)));
        ctx.status(201).header("Location", "/api/v1/law-versions/" + id).json(Map.of("id", id));
    }

    private void updateVersion(Context ctx) {
        UUID id = laws.version(Ids.parse(ctx.pathParam("id"), "law version")).id();
        JsonBody body = JsonBody.of(ctx);
        laws.updateVersion(CurrentUser.of(ctx).actor(), id, version(body), LawJson.version(body));
        ctx.json(LawJson.json(laws.version(id)));
    }

    private void addArticle(Context ctx) {
        UUID versionId = laws.version(Ids.parse(ctx.pathParam("id"), "law version")).id();
        UUID id = laws.addArticle(CurrentUser.of(ctx).actor(), versionId, LawJson.article(JsonBody.of(ctx)));
        ctx.status(201).header("Location", "/api/v1/law-articles/" + id).json(Map.of("id", id));
    }

    private void updateArticle(Context ctx) {
        UUID id = laws.article(Ids.parse(ctx.pathParam("id"), "article")).id();
        JsonBody body = JsonBody.of(ctx);
        laws.updateArticle(CurrentUser.of(ctx).actor(), id, version(body), LawJson.article(body));
        ctx.json(LawJson.json(laws.article(id)));
    }

    private static int version(JsonBody body) {
        return body.version().orElseThrow(() -> new InvalidInputException("version",
                "send the version you edited (optimistic locking)"));
    }
}
