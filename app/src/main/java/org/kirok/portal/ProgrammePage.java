package org.kirok.portal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A programme page (advocacy and campaigns, youth programmes, public education, refugee rescue …). Immutable. */
public record ProgrammePage(UUID id, String slug, int sortOrder, boolean published, List<PostText> texts, int version) {
    public ProgrammePage {
        texts = List.copyOf(texts);
    }

    public Optional<PostText> text(String language) {
        return texts.stream().filter(t -> t.language().equals(language)).findFirst();
    }

    public PostText preferred(String language) {
        return text(language).orElseGet(() -> texts.get(0));
    }
}
