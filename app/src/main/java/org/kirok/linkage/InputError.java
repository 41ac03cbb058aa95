package org.kirok.linkage;

/** Bad input: the message names the file, row and field and says why. */
final class InputError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputError(String message) {
        super(message);
    }
}
