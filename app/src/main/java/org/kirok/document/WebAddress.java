package org.kirok.document;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.kirok.store.InvalidInputException;

/**
 * Where a document can be found online. Only absolute {@code http} and {@code https} addresses are kept: the
 * address is shown as a link, and any other scheme ({@code javascript:}, {@code data:}, {@code file:}) would let a
 * stored value run or read something in the reader's browser.
 */
record WebAddress(String text) {
    static final int MAX_LENGTH = 2000;

    WebAddress {
        text = text == null ? "" : text.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("url", "url is empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("url", "url is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "url is not a web address (" + e.getReason() + " at character "
                    + (e.getIndex() + 1) + "): '" + text + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidInputException("url", "url must start with http:// or https:// (got '" + text + "')");
        }
        if (uri.getRawAuthority() == null || uri.getRawAuthority().isBlank()) {
            throw new InvalidInputException("url", "url names no host: '" + text + "'");
        }
    }
}
