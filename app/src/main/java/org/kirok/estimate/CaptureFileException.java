package org.kirok.estimate;

/** A capture-history file that cannot be read as one; the message names the line, the column and why. */
public final class CaptureFileException extends RuntimeException {

    public CaptureFileException(String message) {
        super(message);
    }
}
