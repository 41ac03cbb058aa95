package org.kirok.document;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.Router;

/**
 * {@code /api/v1/sources/{id}/attachments} (upload as multipart/form-data with a part {@code file} and optionally
 * {@code derived_from}; list) and {@code /api/v1/attachments/{id}} (the original bytes, verified).
 */
public final class AttachmentApi implements Feature {
    private final AttachmentService attachments;

    public AttachmentApi(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @Override
    public void routes(Router router) {
        router.post("/api/v1/sources/{id}/attachments", Permission.WRITE_RECORDS,
                "Attach a file to a source (multipart/form-data: file, derived_from?; at most 64 MB)", this::upload);
        router.get("/api/v1/sources/{id}/attachments", Permission.READ_RECORDS, "Attachments of a source", this::list);
        router.get("/api/v1/attachments/{id}", Permission.READ_RECORDS,
                "An attachment's original bytes, verified against its SHA-256 (testimonies: identity access)",
                this::download);
    }

    private void upload(Context ctx) throws IOException {
        User user = CurrentUser.of(ctx);
        UUID source = Ids.parse(ctx.pathParam("id"), "source");
        Attachment saved = UploadForm.receive(ctx, attachments, user, source);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", saved.id());
        json.put("sha256", saved.sha256());
        json.put("size", saved.size());
        json.put("media_type", saved.mediaType());
        json.put("derived_from", saved.derivedFrom().orElse(null));
        ctx.status(201).header("Location", "/api/v1/attachments/" + saved.id()).json(json);
    }

    private void list(Context ctx) {
        SourceAttachments found = attachments.list(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "source"));
        ctx.json(Map.of("source_id", found.sourceId(), "reference", found.reference(), "may_download",
                found.mayDownload(), "items", found.items().stream()
                        .map(a -> AttachmentJson.json(a, !found.mayDownload())).toList()));
    }

    private void download(Context ctx) throws IOException {
        AttachmentResponse.download(ctx, attachments);
    }
}
