package org.kirok.document;

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

/** {@code /api/v1/documents}: create, read, list with filters, update with the version read (documents and media). */
public final class DocumentApi implements Feature {
    private final DocumentService documents;

    public DocumentApi(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public void routes(Router router) {
        router.post("/api/v1/documents", Permission.WRITE_RECORDS, "Record a document or media item", this::create);
        router.get("/api/v1/documents", Permission.READ_RECORDS,
                "List documents and media (q, kind, from, to, organisation, language, confidentiality, page, size)",
                this::list);
        router.get("/api/v1/documents/{id}", Permission.READ_RECORDS, "One document or media item", this::read);
        router.put("/api/v1/documents/{id}", Permission.WRITE_RECORDS,
                "Update a document or media item (send its version; omitted fields are cleared)", this::update);
    }

    private void create(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = documents.create(user, DocumentJson.draft(JsonBody.of(ctx), SourceKind.DOCUMENT));
        DocumentRef created = documents.ref(user, id);
        ctx.status(201).header("Location", "/api/v1/documents/" + id)
                .json(Map.of("id", id, "reference", created.reference(), "version", created.version()));
    }

    private void read(Context ctx) {
        ctx.json(DocumentJson.json(documents.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "document"))));
    }

    private void list(Context ctx) {
        Page<DocumentView> page = documents.list(CurrentUser.of(ctx), DocumentQuery.filter(ctx),
                Page.number(ctx.queryParam("page")), Page.size(ctx.queryParam("size")));
        ctx.json(Map.of("total", page.total(), "page", page.number(), "size", page.size(),
                "items", page.items().stream().map(DocumentJson::json).toList()));
    }

    private void update(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = Ids.parse(ctx.pathParam("id"), "document");
        JsonBody body = JsonBody.of(ctx);
        int version = body.version().orElseThrow(() -> new InvalidInputException("version",
                "send the version you edited (optimistic locking)"));
        documents.update(user, id, version, DocumentJson.draft(body, documents.ref(user, id).kind()));
        ctx.json(DocumentJson.json(documents.view(user, id)));
    }
}
