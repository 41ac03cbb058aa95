package org.kirok.portal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kirok.store.InvalidInputException;
import org.kirok.web.FormValues;

/**
 * Reads the editors' forms: a language version exists when its title or text is filled in (then both are needed);
 * control characters are dropped (they have no place in a page or an XML feed); times are Seoul time, where the
 * organisations work.
 */
final class PostForm {
    static final ZoneId EDITORS_ZONE = ZoneId.of("Asia/Seoul");

    private PostForm() {
    }

    static PostDraft post(FormValues form, Markdown markdown) {
        return new PostDraft(PostCategory.parse(form.text("category").orElse("general")), texts(form, markdown, true));
    }

    static List<PostText> texts(FormValues form, Markdown markdown, boolean withSummary) {
        List<PostText> texts = new ArrayList<>();
        for (String language : List.of("en", "ko")) {
            Optional<String> title = clean(form.text("title_" + language));
            Optional<String> body = clean(form.text("body_" + language));
            if (title.isEmpty() && body.isEmpty()) {
                continue;
            }
            if (title.isEmpty()) {
                throw new InvalidInputException("title_" + language, "the " + language + " version needs a title");
            }
            if (body.isEmpty()) {
                throw new InvalidInputException("body_" + language, "the " + language + " version needs a text");
            }
            Optional<String> summary = withSummary ? clean(form.text("summary_" + language)) : Optional.empty();
            texts.add(new PostText(language, title.get(), summary, body.get(), markdown.toSafeHtml(body.get())));
        }
        return texts;
    }

    /** A publication time from a datetime-local field, in Seoul time; empty means now. */
    static Optional<Instant> publishAt(FormValues form) {
        return form.text("publish_at").map(text -> {
            try {
                return LocalDateTime.parse(text).atZone(EDITORS_ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("publish_at", "publish_at must be a date and time like 2025-03-20T09:00 "
                        + "(got '" + text + "')");
            }
        });
    }

    static Optional<String> clean(Optional<String> text) {
        return text.map(t -> t.replaceAll("[\\p{Cc}&&[^\\n\\t]]", "").replace("\r", "")).map(String::strip)
                .filter(t -> !t.isEmpty());
    }
}
