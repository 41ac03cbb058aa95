package org.kirok.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kirok.store.InvalidInputException;
import org.kirok.web.Json;
import org.kirok.web.JsonBody;

/** The API's JSON shape of vocabularies and terms, both ways. */
final class VocabularyJson {
    private VocabularyJson() {
    }

    static TermDraft draft(Context ctx, JsonBody body) {
        return new TermDraft(body.requiredText("code"), body.text("label_en").orElse(""),
                body.text("label_ko").orElse(""), body.text("description"), body.integer("sort_order").orElse(0),
                active(ctx));
    }

    /** JsonBody reads no booleans, so the flag is read from the tree here; absent means active. */
    private static boolean active(Context ctx) {
        JsonNode value;
        try {
            value = Json.mapper().readTree(ctx.bodyAsBytes()).path("active");
        } catch (IOException e) {
            throw new InvalidInputException(null, "The request body is not valid JSON: " + e.getMessage());
        }
        if (value.isMissingNode() || value.isNull()) {
            return true;
        }
        if (!value.isBoolean()) {
            throw new InvalidInputException("active", "active must be true or false");
        }
        return value.booleanValue();
    }

    static Map<String, Object> json(Vocabulary vocabulary) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", vocabulary.code());
        json.put("label_en", vocabulary.labelEn());
        json.put("label_ko", vocabulary.labelKo());
        return json;
    }

    static Map<String, Object> json(Term term) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", term.id());
        json.put("vocabulary", term.vocabulary());
        json.put("code", term.code());
        json.put("label_en", term.labelEn());
        json.put("label_ko", term.labelKo());
        json.put("description", term.description().orElse(null));
        json.put("sort_order", term.sortOrder());
        json.put("active", term.active());
        json.put("version", term.version());
        return json;
    }
}
