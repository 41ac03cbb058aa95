package org.kirok.document;

import java.util.UUID;

/** What identifies a document or media source: id, kind, the reference code cited in evidence, and its version. */
public record DocumentRef(UUID id, SourceKind kind, String reference, int version) {
}
