package org.kirok.analysis.estimation;

import java.util.Set;
import java.util.UUID;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;

/**
 * One list of a capture–recapture analysis, as the analyst defines it: the individuals documented by one
 * organisation (the organisation owning a source that supports their acts, its units included), or by one kind of
 * source. Written as a code — {@code org:<uuid>} or {@code kind:testimony} — in forms, the API and saved inputs.
 */
public sealed interface ListDefinition {
    Set<String> KINDS = Set.of("testimony", "document", "media");

    String code();

    /** Sources owned by an organisation or one of its units. */
    record Organisation(UUID id) implements ListDefinition {
        @Override
        public String code() {
            return "org:" + id;
        }
    }

    /** Sources of one kind: testimony, document or media. */
    record SourceKind(String kind) implements ListDefinition {
        public SourceKind {
            if (!KINDS.contains(kind)) {
                throw new InvalidInputException("lists", "a source kind list must be testimony, document or media, not '"
                        + kind + "'");
            }
        }

        @Override
        public String code() {
            return "kind:" + kind;
        }
    }

    static ListDefinition parse(String code) {
        String text = code == null ? "" : code.strip();
        if (text.startsWith("org:")) {
            return new Organisation(Ids.parseOptional(text.substring(4)).orElseThrow(() -> new InvalidInputException(
                    "lists", "'" + text + "' does not name an organisation (org:<id>)")));
        }
        if (text.startsWith("kind:")) {
            return new SourceKind(text.substring(5));
        }
        throw new InvalidInputException("lists", "a list is org:<organisation id> or kind:testimony|document|media, not '"
                + text + "'");
    }
}
