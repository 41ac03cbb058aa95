package org.kirok.document;

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
import org.kirok.store.Page;
import org.kirok.store.StaleEditException;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.Messages;
import org.kirok.web.QueryString;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/** The document and media pages: filtered list, detail (with its acts and attachments), create and edit forms. */
public final class DocumentRoutes implements Feature {
    private final DocumentService documents;
    private final Templates templates;

    public DocumentRoutes(DocumentService documents, Templates templates) {
        this.documents = documents;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/documents", Permission.READ_RECORDS, "Document and media list", this::list);
        router.get("/documents/new", Permission.WRITE_RECORDS, "New document form", this::newForm);
        router.post("/documents", Permission.WRITE_RECORDS, "Record a document or media item", this::create);
        router.get("/documents/{id}", Permission.READ_RECORDS, "Document page", this::show);
        router.get("/documents/{id}/edit", Permission.WRITE_RECORDS, "Edit document form", this::edit);
        router.post("/documents/{id}", Permission.WRITE_RECORDS, "Update a document", this::update);
    }

    private void list(Context ctx) {
        Page<DocumentView> page = documents.list(CurrentUser.of(ctx), DocumentQuery.filter(ctx),
                Page.number(ctx.queryParam("page")), Page.DEFAULT_SIZE);
        templates.render(ctx, "document/list.jte", Map.of("list", page,
                "filter", new FormValues(ctx.queryParamMap()), "baseQuery", QueryString.without(ctx, "page")));
    }

    private void show(Context ctx) {
        templates.render(ctx, "document/show.jte", Map.of("d",
                documents.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "document"))));
    }

    private void newForm(Context ctx) {
        User user = CurrentUser.of(ctx);
        Map<String, Object> values = new HashMap<>();
        values.put("kind", Optional.ofNullable(ctx.queryParam("kind")).map(SourceKind::parse)
                .orElse(SourceKind.DOCUMENT).code());
        values.put("language", "ko");
        form(ctx, "/documents", Messages.of(user.locale()).t("document.new"), FormValues.from(values), "", true);
    }

    private void edit(Context ctx) {
        User user = CurrentUser.of(ctx);
        DocumentView document = documents.view(user, Ids.parse(ctx.pathParam("id"), "document"));
        form(ctx, "/documents/" + document.id(), document.reference(), DocumentForm.values(document, user.locale()),
                "", document.notesVisible());
    }

    private void create(Context ctx) {
        User user = CurrentUser.of(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            UUID id = documents.create(user, DocumentForm.draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/documents/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/documents", Messages.of(user.locale()).t("document.new"), values, FormErrors.message(ctx, e), true);
        }
    }

    /** A stale edit shows the form again with what the user typed: nothing of theirs or of the other editor is lost. */
    private void update(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = Ids.parse(ctx.pathParam("id"), "document");
        FormValues values = FormValues.of(ctx);
        Messages messages = Messages.of(user.locale());
        try {
            documents.update(user, id, values.version(), DocumentForm.draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/documents/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/documents/" + id, messages.t("document.edit"), values, FormErrors.message(ctx, e), true);
        } catch (StaleEditException e) {
            ctx.status(409);
            DocumentRef current = documents.ref(user, id);
            Map<String, List<String>> kept = new HashMap<>(ctx.formParamMap());
            kept.put("version", List.of(String.valueOf(current.version())));
            form(ctx, "/documents/" + id, messages.t("document.edit"), new FormValues(kept),
                    messages.t("document.stale_edit", current.reference()), true);
        }
    }

    private void form(Context ctx, String action, String title, FormValues values, String error, boolean notesVisible) {
        templates.render(ctx, "document/form.jte", Map.of("action", action, "title", title, "values", values,
                "error", error, "notesVisible", notesVisible));
    }
}
