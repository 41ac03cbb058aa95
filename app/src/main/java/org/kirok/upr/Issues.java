package org.kirok.upr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * UPR Info's issue tags by code, found by their label as exports spell it, by an older spelling or by the UHRI
 * theme that means the same ({@code upr/issue-aliases.tsv}). A tag found nowhere becomes a new issue (its code made
 * from its label) when the import is saved, so no tag a source gives is lost. Not thread-safe: one per import.
 */
final class Issues {
    private static final Map<String, String> ALIASES = aliases();

    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private final Map<String, String> added = new LinkedHashMap<>();

    private Issues(Map<String, String> labelsByCode) {
        labelsByCode.forEach((code, label) -> {
            byKey.put(key(label), code);
            codes.put(code, label);
        });
        ALIASES.forEach((alias, code) -> {
            if (codes.containsKey(code)) {
                byKey.putIfAbsent(alias, code);
            }
        });
    }

    static Issues load(Handle handle) {
        Map<String, String> labels = new LinkedHashMap<>();
        handle.createQuery("SELECT code, label_en FROM upr_issue ORDER BY sort_order, code")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> labels.put(e.getKey(), e.getValue()));
        return new Issues(labels);
    }

    /** The code of the issue so labelled, creating one (to be saved) for a label seen for the first time. */
    String resolve(String label) {
        String key = key(label);
        String known = byKey.get(key);
        if (known != null) {
            return known;
        }
        String base = key.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        base = base.isEmpty() ? "issue" : base.substring(0, Math.min(base.length(), 56));
        String code = base;
        for (int n = 2; codes.containsKey(code); n++) {
            code = base + "_" + n;
        }
        codes.put(code, label.strip());
        byKey.put(key, code);
        added.put(code, label.strip());
        return code;
    }

    /** Issues first seen in this import: code → label. */
    Map<String, String> added() {
        return Map.copyOf(added);
    }

    /** Saves the new issues (inside the import's transaction). */
    void saveAdded(Handle handle) {
        var batch = handle.prepareBatch("INSERT INTO upr_issue (code, label_en, label_ko) VALUES (:code, :label, :label) "
                + "ON CONFLICT DO NOTHING");
        added.forEach((code, label) -> batch.bind("code", code).bind("label", label).add());
        if (!added.isEmpty()) {
            batch.execute();
        }
    }

    List<String> resolveAll(List<String> labels) {
        List<String> out = new ArrayList<>();
        for (String label : labels) {
            String code = resolve(label);
            if (!out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    static String key(String label) {
        return Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new HashMap<>();
        try (InputStream in = Issues.class.getResourceAsStream("/upr/issue-aliases.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    aliases.put(key(fields[0]), fields[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upr/issue-aliases.tsv", e);
        }
        return Map.copyOf(aliases);
    }
}
