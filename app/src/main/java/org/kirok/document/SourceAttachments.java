package org.kirok.document;

import java.util.List;
import java.util.UUID;

/** The attachments of one source, and whether this user may download them (testimonies need identity access). */
public record SourceAttachments(UUID sourceId, String reference, String sourceKind, boolean mayDownload,
                                List<Attachment> items) {
    public SourceAttachments {
        items = List.copyOf(items);
    }

    /** How the page names one of these attachments: its file name if this user may know it, else its hash prefix. */
    public String nameOf(UUID attachmentId) {
        return items.stream().filter(a -> a.id().equals(attachmentId)).findFirst()
                .map(a -> mayDownload ? a.fileName().orElse(a.shortHash()) : a.shortHash())
                .orElse(attachmentId.toString().substring(0, 8));
    }
}
