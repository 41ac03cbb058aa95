package org.kirok.urgent;

/** The SMTP server refused or could not be reached; the message says which step failed and what it answered. */
final class MailFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MailFailure(String message) {
        super(message);
    }

    MailFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
