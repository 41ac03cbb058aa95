package org.kirok.search;

/** Search cannot run in this process (the index is held by another Kirok process, or failed to open); says why. */
public final class SearchUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SearchUnavailableException(String reason) {
        super(reason);
    }
}
