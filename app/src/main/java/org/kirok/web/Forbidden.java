package org.kirok.web;

/** Logged in, but the role does not grant what the route requires (HTTP 403). */
public final class Forbidden extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Forbidden(String message) {
        super(message);
    }
}
