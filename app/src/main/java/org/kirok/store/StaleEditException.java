package org.kirok.store;

/**
 * Someone saved the record after the caller loaded it (optimistic locking). Nothing was written; the caller
 * must reload, merge and save again (HTTP 409).
 */
public final class StaleEditException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleEditException(String entity, Object id, int expectedVersion) {
        super("The " + entity + " " + id + " was changed by someone else since version " + expectedVersion
                + " was loaded. Reload it, reapply your changes and save again.");
    }
}
