package org.kirok.document;

import java.util.Locale;
import org.kirok.store.InvalidInputException;

/**
 * The two non-testimony kinds of source. Both live in {@code source} + {@code document}; the kind decides the
 * prefix of the reference code ({@code D-2023-0012}, {@code M-2023-0013}), which is cited in evidence and so never
 * changes once given.
 */
public enum SourceKind {
    /** Written material: reports, court papers, official notices, letters. */
    DOCUMENT("D"),
    /** Recordings: photographs, audio, video, broadcasts. */
    MEDIA("M");

    private final String prefix;

    SourceKind(String prefix) {
        this.prefix = prefix;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    String prefix() {
        return prefix;
    }

    public static SourceKind parse(String code) {
        String wanted = code == null ? "" : code.strip();
        for (SourceKind kind : values()) {
            if (kind.code().equalsIgnoreCase(wanted)) {
                return kind;
            }
        }
        throw new InvalidInputException("kind", "kind must be document or media (got '" + code + "')");
    }
}
