package org.kirok.web;

/**
 * A logged-in browser must first do something else — choose a password, give the second factor, enrol an
 * authenticator — and every other page leads there.
 */
public final class RedirectRequired extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String target;

    public RedirectRequired(String target, String message) {
        super(message);
        this.target = target;
    }

    public String target() {
        return target;
    }
}
