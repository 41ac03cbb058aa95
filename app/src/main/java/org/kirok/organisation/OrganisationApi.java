package org.kirok.organisation;

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

/** {@code /api/v1/organisations}: list, read, create, update with version. */
public final class OrganisationApi implements Feature {
    private final OrganisationService organisations;

    public OrganisationApi(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public void routes(Router router) {
        router.get("/api/v1/organisations", Permission.READ_RECORDS, "List organisations (q, kind, country, page)",
                this::list);
        router.post("/api/v1/organisations", Permission.MANAGE_REFERENCE, "Create an organisation", this::create);
        router.get("/api/v1/organisations/{id}", Permission.READ_RECORDS, "One organisation", this::read);
        router.put("/api/v1/organisations/{id}", Permission.MANAGE_REFERENCE, "Update an organisation (send its version)",
                this::update);
    }

    static OrganisationFilter filter(Context ctx) {
        return new OrganisationFilter(Optional.ofNullable(ctx.queryParam("q")),
                Optional.ofNullable(ctx.queryParam("kind")).filter(s -> !s.isBlank()).map(OrganisationKind::parse),
                Optional.ofNullable(ctx.queryParam("country")));
    }

    private void list(Context ctx) {
        Page<Organisation> page = organisations.list(filter(ctx), Page.number(ctx.queryParam("page")),
                Page.size(ctx.queryParam("size")));
        ctx.json(Map.of("total", page.total(), "page", page.number(), "size", page.size(),
                "items", page.items().stream().map(OrganisationJson::json).toList()));
    }

    private void read(Context ctx) {
        ctx.json(OrganisationJson.json(organisations.view(Ids.parse(ctx.pathParam("id"), "organisation"))));
    }

    private void create(Context ctx) {
        UUID id = organisations.create(CurrentUser.of(ctx).actor(), OrganisationJson.draft(JsonBody.of(ctx)));
        ctx.status(201).header("Location", "/api/v1/organisations/" + id).json(Map.of("id", id));
    }

    private void update(Context ctx) {
        UUID id = organisations.view(Ids.parse(ctx.pathParam("id"), "organisation")).id();
        JsonBody body = JsonBody.of(ctx);
        int version = body.version().orElseThrow(() -> new InvalidInputException("version",
                "send the version you edited (optimistic locking)"));
        organisations.update(CurrentUser.of(ctx).actor(), id, version, OrganisationJson.draft(body));
        ctx.json(OrganisationJson.json(organisations.view(id)));
    }
}
