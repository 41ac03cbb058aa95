package org.kirok.search;

import java.util.Objects;
import java.util.Optional;

/**
 * A hit as one user may see it: its title (a name only with identity access, else the pseudonym), one line of
 * details, the page it opens, and — for users with identity access who searched text — the decrypted protected text
 * to cut a snippet from (never stored, never logged).
 */
public record HitView(String title, String detail, String url, Optional<String> protectedText) {

    public HitView {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        if (url == null || !url.startsWith("/")) {
            throw new IllegalArgumentException("a hit links to a page of this site, not '" + url + "'");
        }
        Objects.requireNonNull(protectedText, "protectedText");
    }
}
