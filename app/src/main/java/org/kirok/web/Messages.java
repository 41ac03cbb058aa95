package org.kirok.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The user-facing texts in English and Korean, one bundle per feature under {@code messages/} (UTF-8
 * properties), so features add texts without touching each other's files. A missing key shows as
 * {@code ⟦key⟧} rather than failing, and a test keeps the two languages complete. Immutable, thread-safe.
 */
public final class Messages {
    public static final List<String> LANGUAGES = List.of("en", "ko");
    private static final String INDEX = "messages/bundles.txt";

    private final String language;
    private final Map<String, String> texts;

    private Messages(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    private static final Map<String, Messages> ALL = load();

    public static Messages of(String language) {
        Messages messages = ALL.get(language);
        return messages != null ? messages : ALL.get("en");
    }

    public String language() {
        return language;
    }

    public String t(String key) {
        String text = texts.get(key);
        return text != null ? text : "⟦" + key + "⟧";
    }

    public String t(String key, Object... arguments) {
        String pattern = texts.get(key);
        if (pattern == null) {
            return "⟦" + key + "⟧";
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.forLanguageTag(language)).format(arguments);
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    public Set<String> keys() {
        return texts.keySet();
    }

    private static Map<String, Messages> load() {
        Map<String, Messages> all = new HashMap<>();
        for (String language : LANGUAGES) {
            Map<String, String> texts = new HashMap<>();
            for (String bundle : bundles()) {
                String path = "messages/" + bundle + "_" + language + ".properties";
                try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(path)) {
                    if (in == null) {
                        throw new IllegalStateException("missing message bundle " + path);
                    }
                    Properties properties = new Properties();
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    properties.forEach((k, v) -> texts.put((String) k, (String) v));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + path, e);
                }
            }
            all.put(language, new Messages(language, Map.copyOf(texts)));
        }
        return Map.copyOf(all);
    }

    /** The bundle names, listed in messages/bundles.txt (one per line). */
    public static List<String> bundles() {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("missing " + INDEX);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
    }
}
