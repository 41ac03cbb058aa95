package org.kirok.document;

/** A stored attachment is not what was stored: altered, truncated, reordered, or encrypted for something else. */
final class SealedFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SealedFormatException(String message) {
        super(message);
    }

    SealedFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
