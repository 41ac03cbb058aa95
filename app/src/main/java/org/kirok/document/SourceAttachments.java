package org.kirok.document;

import java.util.List;
import java.util.UUID;

/** The attachments of one source, and whether this user may download them (testimonies need identity access). */
public record SourceAttachments(UUID sourceId, String reference, String sourceKind, boolean mayDownload,
                                List<Attachment> items) {
    public SourceAttachments {
        items = List.copyOf(items);
    }
}
