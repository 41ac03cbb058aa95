package org.kirok.document;

import io.javalin.http.Context;
import java.io.IOException;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.web.CurrentUser;

/**
 * Writes a verified download: saved, never shown ({@code Content-Disposition: attachment}, no sniffing, a sandbox
 * policy for good measure) and with its SHA-256 in {@code Repr-Digest}. Shared by the pages and the API.
 */
final class AttachmentResponse {
    private AttachmentResponse() {
    }

    /** Answers a download request: {@code {id}} names the attachment; access is checked and the file verified first. */
    static void download(Context ctx, AttachmentService attachments) throws IOException {
        User user = CurrentUser.of(ctx);
        java.util.Optional<String> reason = CustodyNotes.text("reason", java.util.Objects.requireNonNullElse(
                ctx.queryParam("reason"), ""));
        send(ctx, attachments, user, attachments.open(user, Ids.parse(ctx.pathParam("id"), "attachment"), reason));
    }

    private static void send(Context ctx, AttachmentService attachments, User user, AttachmentDownload download)
            throws IOException {
        ctx.status(200);
        ctx.res().setContentType(download.servedType());
        ctx.res().setContentLengthLong(download.size());
        ctx.header("Content-Disposition", DownloadName.contentDisposition(download.fileName()));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
        ctx.header("Repr-Digest", download.reprDigest());
        ctx.header("Cache-Control", "no-store");
        attachments.send(user, download, ctx.res().getOutputStream());
    }
}
