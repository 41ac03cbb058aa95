package org.kirok.testimony;

import io.javalin.http.Context;
import java.util.Map;
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

/** {@code /api/v1/testimonies}: create, read (the transcript only with identity access), list, update. */
public final class TestimonyApi implements Feature {
    private final TestimonyService testimonies;

    public TestimonyApi(TestimonyService testimonies) {
        this.testimonies = testimonies;
    }

    @Override
    public void routes(Router router) {
        router.post("/api/v1/testimonies", Permission.WRITE_RECORDS, "Record a testimony", this::create);
        router.get("/api/v1/testimonies", Permission.READ_RECORDS, "List testimonies", this::list);
        router.get("/api/v1/testimonies/{id}", Permission.READ_RECORDS, "One testimony", this::read);
        router.put("/api/v1/testimonies/{id}", Permission.WRITE_RECORDS, "Update a testimony (send its version)", this::update);
    }

    private void create(Context ctx) {
        UUID id = testimonies.create(CurrentUser.of(ctx), TestimonyJson.draft(JsonBody.of(ctx)));
        ctx.status(201).header("Location", "/api/v1/testimonies/" + id).json(Map.of("id", id));
    }

    private void read(Context ctx) {
        ctx.json(TestimonyJson.json(testimonies.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "testimony"))));
    }

    private void list(Context ctx) {
        Page<TestimonyView> page = testimonies.list(CurrentUser.of(ctx), TestimonyQuery.filter(ctx),
                Page.number(ctx.queryParam("page")), Page.size(ctx.queryParam("size")));
        ctx.json(Map.of("total", page.total(), "page", page.number(), "size", page.size(),
                "items", page.items().stream().map(TestimonyJson::json).toList()));
    }

    private void update(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = Ids.parse(ctx.pathParam("id"), "testimony");
        JsonBody body = JsonBody.of(ctx);
        int version = body.version().orElseThrow(() -> new InvalidInputException("version",
                "send the version you edited (optimistic locking)"));
        testimonies.update(user, id, version, TestimonyJson.draft(body));
        ctx.json(TestimonyJson.json(testimonies.view(user, id)));
    }
}
