package org.kirok.web;

/** The account still has its one-time password: every page leads to the password change first. */
final class PasswordChangeRequired extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PasswordChangeRequired() {
        super("Choose your own password first.");
    }
}
