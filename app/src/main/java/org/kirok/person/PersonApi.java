package org.kirok.person;

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

/** {@code /api/v1/persons}: create, read, list (filter by name through the blind index), update with version. */
public final class PersonApi implements Feature {
    private final PersonService persons;
    private final Erasure erasure;
    private final PersonQuery query;

    public PersonApi(PersonService persons, Erasure erasure) {
        this.persons = persons;
        this.erasure = erasure;
        this.query = new PersonQuery(persons);
    }

    @Override
    public void routes(Router router) {
        router.post("/api/v1/persons", Permission.WRITE_RECORDS, "Create a person", this::create);
        router.get("/api/v1/persons", Permission.READ_RECORDS, "List persons (q, sex, born_from, born_to, origin, page)", this::list);
        router.get("/api/v1/persons/{id}", Permission.READ_RECORDS, "One person", this::read);
        router.put("/api/v1/persons/{id}", Permission.WRITE_RECORDS, "Update a person (send its version)", this::update);
        router.post("/api/v1/persons/{id}/erase", Permission.DELETE_RECORDS,
                "Erase a person's identity by destroying its key (409 under legal hold)", this::erase);
        router.put("/api/v1/persons/{id}/legal-hold", Permission.DELETE_RECORDS, "Put or lift a legal hold ({\"hold\": true})",
                this::legalHold);
    }

    private void create(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = persons.create(user.actor(), PersonJson.draft(JsonBody.of(ctx)));
        ctx.status(201).header("Location", "/api/v1/persons/" + id).json(Map.of("id", id));
    }

    private void read(Context ctx) {
        ctx.json(PersonJson.json(persons.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "person"))));
    }

    private void list(Context ctx) {
        Page<PersonView> page = persons.list(CurrentUser.of(ctx), query.filter(ctx),
                Page.number(ctx.queryParam("page")), Page.size(ctx.queryParam("size")));
        ctx.json(Map.of("total", page.total(), "page", page.number(), "size", page.size(),
                "items", page.items().stream().map(PersonJson::json).toList()));
    }

    private void erase(Context ctx) {
        UUID id = Ids.parse(ctx.pathParam("id"), "person");
        String reason = ctx.body().isBlank() ? "" : JsonBody.of(ctx).text("reason").orElse("");
        erasure.erase(CurrentUser.of(ctx), id, reason);
        ctx.status(204);
    }

    private void legalHold(Context ctx) {
        UUID id = Ids.parse(ctx.pathParam("id"), "person");
        boolean hold = JsonBody.of(ctx).bool("hold").orElseThrow(() -> new InvalidInputException("hold",
                "send {\"hold\": true} or {\"hold\": false}"));
        erasure.setLegalHold(CurrentUser.of(ctx), id, hold);
        ctx.json(PersonJson.json(persons.view(CurrentUser.of(ctx), id)));
    }

    private void update(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = Ids.parse(ctx.pathParam("id"), "person");
        persons.view(user, id); // 404 for what the caller may not see
        JsonBody body = JsonBody.of(ctx);
        int version = body.version().orElseThrow(() -> new InvalidInputException("version",
                "send the version you edited (optimistic locking)"));
        persons.update(user.actor(), id, version, PersonJson.draft(body));
        ctx.json(PersonJson.json(persons.view(user, id)));
    }
}
