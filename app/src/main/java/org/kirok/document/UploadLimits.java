package org.kirok.document;

import org.kirok.store.InvalidInputException;

/**
 * How large an upload may be. One file of at most 64 MB (MiB: 67,108,864 bytes) per request keeps an upload
 * within what a field office connection sends in reasonable time and what the server handles without strain;
 * longer recordings are split or compressed first.
 */
final class UploadLimits {
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** Room for the multipart framing and the small fields around the file. */
    static final long MAX_REQUEST_BYTES = MAX_FILE_BYTES + 1024 * 1024;
    static final int MAX_FIELD_BYTES = 8 * 1024;
    static final int MAX_PARTS = 16;

    private UploadLimits() {
    }

    static InvalidInputException fileTooLarge() {
        return new InvalidInputException(java.util.Optional.of("file"), "attachment.too_large",
                "the file is larger than the limit of 64 MB (" + String.format("%,d", MAX_FILE_BYTES)
                        + " bytes): split or compress it and upload the parts");
    }
}
