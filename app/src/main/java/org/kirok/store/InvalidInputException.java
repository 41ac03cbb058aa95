package org.kirok.store;

import java.util.Optional;

/**
 * Input that cannot be accepted, naming the field and why. {@code messageKey} lets the web layer say it in
 * the user's language; {@code getMessage()} is the English text used by the API and the CLI.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Optional<String> field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidInputException(String field, String message) {
        this(Optional.ofNullable(field), "error.invalid", message);
    }

    public InvalidInputException(Optional<String> field, String messageKey, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public Optional<String> field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
