package org.kirok.portal;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.web.CurrentUser;
import org.kirok.web.FormValues;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/** Editing programme pages: create, change texts, order and whether the portal shows them. */
final class PageEditorRoutes {
    private final Programmes programmes;
    private final Markdown markdown;
    private final Templates templates;

    PageEditorRoutes(Programmes programmes, Markdown markdown, Templates templates) {
        this.programmes = programmes;
        this.markdown = markdown;
        this.templates = templates;
    }

    void routes(Router router) {
        router.get("/portal/pages/new", Permission.PUBLISH, "New programme page form",
                ctx -> form(ctx, Optional.empty(), FormValues.empty(), ""));
        router.post("/portal/pages", Permission.PUBLISH, "Create a programme page", this::create);
        router.get("/portal/pages/{id}", Permission.PUBLISH, "Edit a programme page", ctx -> {
            ProgrammePage page = programmes.get(Ids.parse(ctx.pathParam("id"), "page"));
            form(ctx, Optional.of(page), PostValues.of(page), "");
        });
        router.post("/portal/pages/{id}", Permission.PUBLISH, "Save a programme page", this::update);
    }

    private void form(Context ctx, Optional<ProgrammePage> page, FormValues values, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("programme", page);
        model.put("form", values);
        model.put("error", error);
        templates.render(ctx, "portal/editor-page.jte", model);
    }

    private void create(Context ctx) {
        FormValues form = FormValues.of(ctx);
        try {
            UUID id = programmes.create(form.text("slug").orElse(""), form.integer("sort_order").orElse(0),
                    form.checked("published"), PostForm.texts(form, markdown, false), CurrentUser.of(ctx).actor());
            Templates.notice(ctx, "portal.notice.saved");
            ctx.redirect("/portal/pages/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, Optional.empty(), form, e.field().map(f -> f + ": ").orElse("") + e.getMessage());
        }
    }

    private void update(Context ctx) {
        UUID id = Ids.parse(ctx.pathParam("id"), "page");
        FormValues form = FormValues.of(ctx);
        try {
            programmes.update(id, form.integer("sort_order").orElse(0), form.checked("published"),
                    PostForm.texts(form, markdown, false), form.version(), CurrentUser.of(ctx).actor());
            Templates.notice(ctx, "portal.notice.saved");
            ctx.redirect("/portal/pages/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, Optional.of(programmes.get(id)), form, e.field().map(f -> f + ": ").orElse("") + e.getMessage());
        }
    }
}
