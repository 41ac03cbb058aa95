package org.kirok.document;

import java.util.LinkedHashMap;
import java.util.Map;

/** The API's JSON shape of attachments. */
final class AttachmentJson {
    private AttachmentJson() {
    }

    /** One attachment; {@code nameHidden} when the caller may not download it (and so not know its name). */
    static Map<String, Object> json(Attachment attachment, boolean nameHidden) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", attachment.id());
        json.put("source_id", attachment.sourceId());
        json.put("file_name", attachment.fileName().orElse(null));
        json.put("identity_hidden", nameHidden);
        json.put("file_name_damaged", attachment.fileNameDamaged());
        json.put("media_type", attachment.mediaType());
        json.put("size", attachment.size());
        json.put("sha256", attachment.sha256());
        json.put("derived_from", attachment.derivedFrom().orElse(null));
        json.put("created_by", attachment.addedBy().orElse(null));
        json.put("created_at", attachment.addedAt().toString());
        return json;
    }
}
