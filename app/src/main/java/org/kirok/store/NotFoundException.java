package org.kirok.store;

/** The record does not exist — or the caller may not know that it exists, which must look the same (404). */
public final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
