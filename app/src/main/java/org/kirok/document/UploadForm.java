package org.kirok.document;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;

/**
 * Reads an upload request ({@code multipart/form-data}: a part {@code file}, optionally {@code derived_from}, in any
 * order; other fields such as {@code _csrf} are ignored) straight from the request stream into an upload.
 */
final class UploadForm {
    /** Javalin sets this request attribute when it has parsed a multipart body itself (and so consumed it). */
    private static final String PARSED_BY_CONTAINER = "org.eclipse.jetty.multipartConfig";

    private UploadForm() {
    }

    /**
     * The whole upload of one request: the source is checked before a byte of the body is read, the file streams
     * into a sealed file, and the attachment is recorded; anything refused on the way leaves no file behind.
     */
    static Attachment receive(Context ctx, AttachmentService attachments, User user, UUID sourceId) throws IOException {
        try (AttachmentUpload upload = attachments.begin(user, sourceId)) {
            Received received = read(ctx, upload);
            return attachments.finish(user, upload, received.derivedFrom(), received.custodyNote());
        } catch (InvalidInputException refused) {
            drain(ctx);
            throw refused;
        }
    }

    /**
     * Reads what is left of a refused upload, so that the client, still sending, gets to see the answer instead
     * of a reset connection (a 64 MB body refused on its announced length was cut off mid-send, and the client saw
     * no answer at all). Bounded: a client sending far more than the limit is cut off.
     */
    private static void drain(Context ctx) {
        try (java.io.InputStream rest = ctx.req().getInputStream()) {
            long left = 2 * UploadLimits.MAX_REQUEST_BYTES;
            byte[] sink = new byte[64 * 1024];
            int n;
            while (left > 0 && (n = rest.read(sink, 0, (int) Math.min(sink.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException | IllegalStateException gone) {
            // the client went away or the body was taken by the container: nothing left to read
        }
    }

    /** The form's fields besides the file: the original a working copy derives from, and the custody note. */
    private record Received(Optional<UUID> derivedFrom, Optional<String> custodyNote) {
    }

    /** Streams the file into {@code upload} and returns the other fields. */
    private static Received read(Context ctx, AttachmentUpload upload) throws IOException {
        String boundary = MultipartBoundary.of(Optional.ofNullable(ctx.header("Content-Type")));
        if (ctx.req().getContentLengthLong() > UploadLimits.MAX_REQUEST_BYTES) {
            throw UploadLimits.fileTooLarge();
        }
        if (ctx.req().getAttribute(PARSED_BY_CONTAINER) != null) {
            throw new InvalidInputException("file", "the upload was read before it reached the attachment handler; "
                    + "send the CSRF token in the X-CSRF-Token header, not as a form field");
        }
        MultipartReader reader = new MultipartReader(ctx.req().getInputStream(), boundary, UploadLimits.MAX_REQUEST_BYTES);
        Optional<UUID> derivedFrom = Optional.empty();
        Optional<String> custodyNote = Optional.empty();
        for (Optional<MultipartReader.Part> next = reader.next(); next.isPresent(); next = reader.next()) {
            MultipartReader.Part part = next.get();
            switch (part.name()) {
                case "file" -> upload.write(part.fileName(), part.contentType(), part.body());
                case "derived_from" -> derivedFrom = derivedFrom(part.text());
                case "custody_note" -> custodyNote = CustodyNotes.text("custody_note", part.text());
                default -> {
                    // other fields (the page's CSRF token, a client's own) are not ours to read
                }
            }
        }
        upload.written();
        return new Received(derivedFrom, custodyNote);
    }

    private static Optional<UUID> derivedFrom(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Ids.parseOptional(value).orElseThrow(() -> new InvalidInputException("derived_from",
                "derived_from must be the id of an attachment of this source (got '" + value + "')")));
    }
}
