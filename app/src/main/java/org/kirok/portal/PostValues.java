package org.kirok.portal;

import java.util.HashMap;
import java.util.Map;
import org.kirok.web.FormValues;

/** A stored post as the values of its edit form. */
final class PostValues {
    private PostValues() {
    }

    static FormValues of(Post post) {
        Map<String, Object> values = new HashMap<>();
        values.put("category", post.category().code());
        values.put("version", post.version());
        for (PostText text : post.texts()) {
            values.put("title_" + text.language(), text.title());
            values.put("summary_" + text.language(), text.summary());
            values.put("body_" + text.language(), text.markdown());
        }
        return FormValues.from(values);
    }

    static FormValues of(ProgrammePage page) {
        Map<String, Object> values = new HashMap<>();
        values.put("slug", page.slug());
        values.put("sort_order", page.sortOrder());
        values.put("published", page.published() ? "on" : "");
        values.put("version", page.version());
        for (PostText text : page.texts()) {
            values.put("title_" + text.language(), text.title());
            values.put("body_" + text.language(), text.markdown());
        }
        return FormValues.from(values);
    }
}
