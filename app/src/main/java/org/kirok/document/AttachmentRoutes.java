package org.kirok.document;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * The attachments section of every source page (an htmx fragment, with the upload form) and the download link.
 * Uploads come through htmx, which sends the CSRF token as a header, so the request body reaches
 * {@link UploadForm} unread and the file streams straight into encryption.
 */
public final class AttachmentRoutes implements Feature {
    private final AttachmentService attachments;
    private final Templates templates;

    public AttachmentRoutes(AttachmentService attachments, Templates templates) {
        this.attachments = attachments;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/sources/{id}/attachments", Permission.READ_RECORDS, "Attachments of a source (fragment)",
                this::fragment);
        router.post("/sources/{id}/attachments", Permission.WRITE_RECORDS, "Attach a file (fragment)", this::upload);
        router.get("/attachments/{id}", Permission.READ_RECORDS, "Download an attachment (verified)", this::download);
    }

    private void fragment(Context ctx) {
        render(ctx, attachments.list(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "source")), "");
    }

    private void upload(Context ctx) throws IOException {
        User user = CurrentUser.of(ctx);
        UUID source = Ids.parse(ctx.pathParam("id"), "source");
        String error = "";
        try {
            UploadForm.receive(ctx, attachments, user, source);
        } catch (InvalidInputException e) {
            // htmx swaps only successful answers: the error goes into the fragment with 200
            ctx.status(ctx.header("HX-Request") != null ? 200 : 400);
            error = FormErrors.message(ctx, e);
        }
        if (ctx.header("HX-Request") == null && error.isEmpty()) {
            Templates.notice(ctx, "attachment.saved");
            ctx.redirect("/sources/" + source);
            return;
        }
        render(ctx, attachments.list(user, source), error);
    }

    private void download(Context ctx) throws IOException {
        AttachmentResponse.download(ctx, attachments);
    }

    private void render(Context ctx, SourceAttachments found, String error) {
        templates.render(ctx, "document/attachments.jte", Map.of("found", found, "error", error));
    }
}
