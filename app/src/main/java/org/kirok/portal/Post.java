package org.kirok.portal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A post as stored: category, when it goes (or went) live, whether withdrawn, views, versions, files. Immutable. */
public record Post(UUID id, PostCategory category, Optional<Instant> publishAt, Optional<Instant> withdrawnAt,
                   long viewCount, List<PostText> texts, List<PostAttachment> attachments, int version,
                   Instant updatedAt) {

    /** Where a post stands for editors. */
    public enum Status { DRAFT, SCHEDULED, PUBLISHED, WITHDRAWN }

    public Post {
        texts = List.copyOf(texts);
        attachments = List.copyOf(attachments);
    }

    public Status status(Instant now) {
        if (withdrawnAt.isPresent()) {
            return Status.WITHDRAWN;
        }
        if (publishAt.isEmpty()) {
            return Status.DRAFT;
        }
        return publishAt.get().isAfter(now) ? Status.SCHEDULED : Status.PUBLISHED;
    }

    public Optional<PostText> text(String language) {
        return texts.stream().filter(t -> t.language().equals(language)).findFirst();
    }

    /** The version in this language, else the other one. */
    public PostText preferred(String language) {
        return text(language).orElseGet(() -> texts.get(0));
    }

    /** Files for a reader of this language: those for both languages and those for this one. */
    public List<PostAttachment> attachmentsFor(String language) {
        return attachments.stream().filter(a -> a.language().map(language::equals).orElse(true)).toList();
    }
}
