package org.kirok.web;

/** No valid session or token (HTTP 401, or a redirect to the login page for browsers). */
public final class Unauthenticated extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Unauthenticated() {
        super("Log in first (API: send 'Authorization: Bearer <token>').");
    }
}
