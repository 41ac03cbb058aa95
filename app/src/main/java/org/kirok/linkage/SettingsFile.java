package org.kirok.linkage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kirok.engine.linkage.BlockingRule;
import org.kirok.engine.linkage.Comparison;
import org.kirok.engine.linkage.DateComparison;
import org.kirok.engine.linkage.ExactComparison;
import org.kirok.engine.linkage.Gazetteer;
import org.kirok.engine.linkage.KeyTransform;
import org.kirok.engine.linkage.LinkageSettings;
import org.kirok.engine.linkage.NameComparison;
import org.kirok.engine.linkage.PlaceComparison;
import org.kirok.engine.linkage.TextComparison;
import org.kirok.engine.linkage.YearComparison;

/**
 * A linkage settings file (JSON): the id column, the input format, comparisons per column,
 * blocking and training rules, the threshold. See bench/linkage/*.json for complete examples.
 * A text comparison may name a {@code swap_with} column (first name ↔ surname) to be read crossed
 * too; a blocking rule may be {@code "widening": true}, adding candidates without training the model.
 * Every mistake is reported with the JSON path of the offending field.
 */
record SettingsFile(String idColumn, String format, LinkageSettings settings) {
    static SettingsFile read(Path file, Gazetteer gazetteer) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new InputError(file + ": not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InputError(file + ": the settings must be a JSON object");
        }
        String where = file.toString();
        String id = text(root, "id", where, null);
        String format = text(root, "format", where, "csv");
        if (!format.equals("csv") && !format.equals("long")) {
            throw new InputError(where + ": format must be \"csv\" or \"long\", not \"" + format + "\"");
        }
        List<Comparison> comparisons = new ArrayList<>();
        JsonNode list = array(root, "comparisons", where);
        for (int i = 0; i < list.size(); i++) {
            comparisons.add(comparison(list.get(i), where + " comparisons[" + i + "]", gazetteer));
        }
        List<BlockingRule> blocking = rules(array(root, "blocking", where), where + " blocking");
        List<BlockingRule> training = root.has("training") ? rules(array(root, "training", where), where + " training") : List.of();
        try {
            LinkageSettings settings = new LinkageSettings(comparisons, blocking, training,
                    number(root, "threshold", where, 0.5), (int) number(root, "max_block_size", where, 5000),
                    (long) number(root, "u_samples", where, 2_000_000), (int) number(root, "em_iterations", where, 40),
                    number(root, "tf_minimum", where, 1e-6), (long) number(root, "seed", where, 42),
                    root.path("one_to_one").asBoolean(false));
            return new SettingsFile(id, format, settings);
        } catch (IllegalArgumentException e) {
            throw new InputError(where + ": " + e.getMessage());
        }
    }

    private static Comparison comparison(JsonNode node, String where, Gazetteer gazetteer) {
        String type = text(node, "type", where, null);
        String column = text(node, "column", where, null);
        String name = text(node, "name", where, column);
        boolean tf = node.path("tf").asBoolean(false);
        try {
            return switch (type) {
                case "exact" -> new ExactComparison(name, column, tf);
                case "text" -> new TextComparison(name, column,
                        TextComparison.Metric.valueOf(text(node, "metric", where, "jaro_winkler").toUpperCase(Locale.ROOT)),
                        doubles(node, "thresholds", where), tf, swapWith(node, where));
                case "date" -> new DateComparison(name, column, tf);
                case "year" -> new YearComparison(name, column,
                        doubles(node, "tolerances", where).stream().map(Double::intValue).toList(), tf);
                case "name" -> new NameComparison(name, column,
                        NameComparison.Part.valueOf(text(node, "part", where, null).toUpperCase(Locale.ROOT)), tf);
                case "place" -> new PlaceComparison(name, column, gazetteer, number(node, "near_km", where, 15),
                        number(node, "region_km", where, 60), tf);
                default -> throw new InputError(where + ".type: \"" + type
                        + "\" is not one of exact, text, date, year, name, place");
            };
        } catch (IllegalArgumentException e) {
            throw new InputError(where + ": " + e.getMessage());
        }
    }

    private static List<BlockingRule> rules(JsonNode list, String where) {
        List<BlockingRule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode rule = list.get(i);
            String at = where + "[" + i + "]";
            JsonNode keys = array(rule, "keys", at);
            List<BlockingRule.KeyPart> parts = new ArrayList<>();
            for (int k = 0; k < keys.size(); k++) {
                JsonNode key = keys.get(k);
                String keyAt = at + ".keys[" + k + "]";
                try {
                    parts.add(new BlockingRule.KeyPart(text(key, "column", keyAt, null),
                            KeyTransform.valueOf(text(key, "transform", keyAt, "exact").toUpperCase(Locale.ROOT)),
                            (int) number(key, "length", keyAt, 0)));
                } catch (IllegalArgumentException e) {
                    throw new InputError(keyAt + ": " + e.getMessage());
                }
            }
            try {
                rules.add(new BlockingRule(text(rule, "name", at, "rule" + i), parts, rule.path("widening").asBoolean(false)));
            } catch (IllegalArgumentException e) {
                throw new InputError(at + ": " + e.getMessage());
            }
        }
        return rules;
    }

    /** The column a text comparison also reads crossed ("swap_with"), or "" when none. */
    private static String swapWith(JsonNode node, String where) {
        return node.has("swap_with") ? text(node, "swap_with", where, null) : "";
    }

    private static String text(JsonNode node, String field, String where, String fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (fallback == null) {
                throw new InputError(where + ": \"" + field + "\" is required");
            }
            return fallback;
        }
        if (!value.isTextual()) {
            throw new InputError(where + "." + field + ": expected a string, got " + value);
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field, String where, double fallback) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw new InputError(where + "." + field + ": expected a number, got " + value);
        }
        return value.asDouble();
    }

    private static List<Double> doubles(JsonNode node, String field, String where) {
        JsonNode list = array(node, field, where);
        List<Double> values = new ArrayList<>();
        for (JsonNode value : list) {
            if (!value.isNumber()) {
                throw new InputError(where + "." + field + ": expected numbers, got " + value);
            }
            values.add(value.asDouble());
        }
        return values;
    }

    private static JsonNode array(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw new InputError(where + ": \"" + field + "\" must be a non-empty array");
        }
        return value;
    }
}
