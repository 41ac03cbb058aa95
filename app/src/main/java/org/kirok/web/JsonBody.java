package org.kirok.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.StorableText;

/** A JSON request body read field by field, so every mistake names its field and says what was expected. */
public final class JsonBody {
    private final JsonNode root;
    private final String prefix;

    private JsonBody(JsonNode root, String prefix) {
        this.root = root;
        this.prefix = prefix;
    }

    public static JsonBody of(Context ctx) {
        try {
            JsonNode node = Json.mapper().readTree(ctx.bodyAsBytes());
            if (node == null || !node.isObject()) {
                throw new InvalidInputException(null, "The request body must be a JSON object.");
            }
            return new JsonBody(node, "");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(null, "The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException(null, "The request body could not be read: " + e.getMessage());
        }
    }

    private JsonNode node(String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? MissingNode.getInstance() : value;
    }

    private String name(String field) {
        return prefix + field;
    }

    public Optional<String> text(String field) {
        JsonNode value = node(field);
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new InvalidInputException(name(field), name(field) + " must be a string");
        }
        return Optional.of(StorableText.check(name(field), value.asText())).map(String::strip).filter(s -> !s.isEmpty());
    }

    public String requiredText(String field) {
        return text(field).orElseThrow(() -> new InvalidInputException(name(field), name(field) + " is required"));
    }

    public Optional<Integer> integer(String field) {
        JsonNode value = node(field);
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new InvalidInputException(name(field), name(field) + " must be a whole number");
        }
        return Optional.of(value.asInt());
    }

    public Optional<Boolean> bool(String field) {
        JsonNode value = node(field);
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw new InvalidInputException(name(field), name(field) + " must be true or false");
        }
        return Optional.of(value.asBoolean());
    }

    public Optional<Double> number(String field) {
        JsonNode value = node(field);
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw new InvalidInputException(name(field), name(field) + " must be a number");
        }
        return Optional.of(value.asDouble());
    }

    public Optional<LocalDate> date(String field) {
        return text(field).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(name(field), name(field) + " must be a date like 2019-05-01 (got '"
                        + text + "')");
            }
        });
    }

    public Optional<UUID> id(String field) {
        return text(field).map(text -> Ids.parseOptional(text).orElseThrow(
                () -> new InvalidInputException(name(field), name(field) + " is not an id")));
    }

    public Optional<Integer> version() {
        return integer("version");
    }

    public Optional<JsonBody> object(String field) {
        JsonNode value = node(field);
        if (value.isMissingNode()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw new InvalidInputException(name(field), name(field) + " must be an object");
        }
        return Optional.of(new JsonBody(value, name(field) + "."));
    }

    public List<JsonBody> objects(String field) {
        JsonNode value = node(field);
        if (value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidInputException(name(field), name(field) + " must be an array");
        }
        List<JsonBody> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                throw new InvalidInputException(name(field) + "[" + i + "]", name(field) + "[" + i + "] must be an object");
            }
            items.add(new JsonBody(value.get(i), name(field) + "[" + i + "]."));
        }
        return items;
    }

    public List<String> texts(String field) {
        JsonNode value = node(field);
        if (value.isMissingNode()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidInputException(name(field), name(field) + " must be an array of strings");
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(StorableText.check(name(field), item.asText())));
        return items;
    }

    public boolean has(String field) {
        return root.has(field);
    }
}
