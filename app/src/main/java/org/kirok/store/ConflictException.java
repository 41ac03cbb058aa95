package org.kirok.store;

/** The request contradicts the state of the data, e.g. erasing a person under legal hold (HTTP 409). */
public final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
