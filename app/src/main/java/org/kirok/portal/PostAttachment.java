package org.kirok.portal;

import java.util.Optional;
import java.util.UUID;

/** A published file of a post: name, checked type, size, SHA-256 (hex), and the language it is for (empty: both). */
public record PostAttachment(UUID id, UUID postId, Optional<String> language, String fileName, String mediaType,
                             long size, String sha256) {

    public String sizeText() {
        return size >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024))
                : String.format(java.util.Locale.ROOT, "%d KB", Math.max(1, (size + 1023) / 1024));
    }

    public String kind() {
        return mediaType.equals("application/pdf") ? "PDF" : "DOCX";
    }
}
