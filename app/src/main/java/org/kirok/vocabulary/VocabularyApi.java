package org.kirok.vocabulary;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.JsonBody;
import org.kirok.web.Router;

/** {@code /api/v1/vocabularies} and {@code /api/v1/terms}: read the vocabularies, add and edit terms. */
public final class VocabularyApi implements Feature {
    private final VocabularyService service;

    public VocabularyApi(VocabularyService service) {
        this.service = service;
    }

    @Override
    public void routes(Router router) {
        router.get("/api/v1/vocabularies", Permission.READ_RECORDS, "List vocabularies", this::list);
        router.get("/api/v1/vocabularies/{code}", Permission.READ_RECORDS, "One vocabulary with its terms", this::read);
        router.post("/api/v1/vocabularies/{code}/terms", Permission.MANAGE_VOCABULARIES, "Add a term", this::create);
        router.get("/api/v1/terms/{id}", Permission.READ_RECORDS, "One term", this::term);
        router.put("/api/v1/terms/{id}", Permission.MANAGE_VOCABULARIES,
                "Update a term (send its version; the code is fixed once used)", this::update);
    }

    private void list(Context ctx) {
        ctx.json(Map.of("items", service.vocabularies().vocabularies().stream().map(VocabularyJson::json).toList()));
    }

    private void read(Context ctx) {
        Vocabulary vocabulary = service.vocabularies().vocabulary(ctx.pathParam("code"))
                .orElseThrow(() -> new NotFoundException("vocabulary"));
        Map<String, Object> json = new LinkedHashMap<>(VocabularyJson.json(vocabulary));
        json.put("terms", service.vocabularies().terms(vocabulary.code()).stream().map(VocabularyJson::json).toList());
        ctx.json(json);
    }

    private void create(Context ctx) {
        UUID id = service.create(CurrentUser.of(ctx).actor(), ctx.pathParam("code"),
                VocabularyJson.draft(ctx, JsonBody.of(ctx)));
        ctx.status(201).header("Location", "/api/v1/terms/" + id).json(Map.of("id", id));
    }

    private void term(Context ctx) {
        ctx.json(VocabularyJson.json(service.term(Ids.parse(ctx.pathParam("id"), "term"))));
    }

    private void update(Context ctx) {
        UUID id = Ids.parse(ctx.pathParam("id"), "term");
        service.term(id);
        JsonBody body = JsonBody.of(ctx);
        int version = body.version().orElseThrow(() -> new InvalidInputException("version",
                "send the version you edited (optimistic locking)"));
        service.update(CurrentUser.of(ctx).actor(), id, version, VocabularyJson.draft(ctx, body));
        ctx.json(VocabularyJson.json(service.term(id)));
    }
}
