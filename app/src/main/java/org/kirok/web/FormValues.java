package org.kirok.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.StorableText;

/**
 * The values of an HTML form, read with the same field-naming errors as the API, and handed back to the
 * template when the form must be shown again, so nothing the user typed is lost.
 */
public final class FormValues {
    private final Map<String, List<String>> values;

    public FormValues(Map<String, List<String>> values) {
        this.values = Map.copyOf(values);
    }

    public static FormValues of(Context ctx) {
        return new FormValues(ctx.formParamMap());
    }

    public static FormValues empty() {
        return new FormValues(Map.of());
    }

    /** Builds values for an edit form from what is stored. */
    public static FormValues from(Map<String, ?> stored) {
        Map<String, List<String>> values = new HashMap<>();
        stored.forEach((key, value) -> {
            if (value instanceof List<?> list) {
                values.put(key, list.stream().map(String::valueOf).toList());
            } else if (value instanceof Optional<?> optional) {
                optional.ifPresent(v -> values.put(key, List.of(String.valueOf(v))));
            } else if (value != null) {
                values.put(key, List.of(String.valueOf(value)));
            }
        });
        return new FormValues(values);
    }

    /** For templates: the first value or "". */
    public String get(String name) {
        List<String> list = values.get(name);
        return list == null || list.isEmpty() || list.get(0) == null ? "" : StorableText.check(name, list.get(0));
    }

    public List<String> list(String name) {
        List<String> list = values.getOrDefault(name, List.of());
        list.forEach(value -> StorableText.check(name, value));
        return list;
    }

    public boolean is(String name, String value) {
        return get(name).equals(value);
    }

    public Optional<String> text(String name) {
        return Optional.of(get(name).strip()).filter(s -> !s.isEmpty());
    }

    public String requiredText(String name) {
        return text(name).orElseThrow(() -> new InvalidInputException(name, name + " is required"));
    }

    public Optional<Integer> integer(String name) {
        return text(name).map(text -> {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(name, name + " must be a whole number (got '" + text + "')");
            }
        });
    }

    public Optional<Double> number(String name) {
        return text(name).map(text -> {
            try {
                return Double.parseDouble(text.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(name, name + " must be a number (got '" + text + "')");
            }
        });
    }

    public Optional<LocalDate> date(String name) {
        return text(name).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(name, name + " must be a date like 2019-05-01 (got '" + text + "')");
            }
        });
    }

    public Optional<UUID> id(String name) {
        return text(name).map(text -> Ids.parseOptional(text).orElseThrow(
                () -> new InvalidInputException(name, name + ": choose from the suggestions")));
    }

    public boolean checked(String name) {
        return text(name).map(v -> v.equals("on") || v.equals("true") || v.equals("1")).orElse(false);
    }

    public int version() {
        return integer("version").orElseThrow(() -> new InvalidInputException("version", "the form lost its version; reload"));
    }
}
