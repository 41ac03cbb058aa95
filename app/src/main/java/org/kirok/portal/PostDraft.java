package org.kirok.portal;

import java.util.List;
import java.util.Optional;
import org.kirok.store.InvalidInputException;

/**
 * What an editor submits for a post: its category and its language versions (at least one; a version needs a title
 * and a text, a version with neither is simply absent). Publishing is a separate step.
 */
public record PostDraft(PostCategory category, List<PostText> texts) {
    public PostDraft {
        texts = List.copyOf(texts);
        if (texts.isEmpty()) {
            throw new InvalidInputException("title_en", "write the post in English, Korean or both");
        }
        if (texts.stream().map(PostText::language).distinct().count() != texts.size()) {
            throw new InvalidInputException("language", "each language once");
        }
    }

    public Optional<PostText> text(String language) {
        return texts.stream().filter(t -> t.language().equals(language)).findFirst();
    }
}
