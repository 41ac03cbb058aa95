package org.kirok.upr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * States by ISO 3166-1 alpha-2 code, found under every common name: the UN name, UPR Info's spellings ("DPR Korea",
 * "St Kitts &amp; Nevis"), UHRI's ("Iran (Islamic Republic of)"), everyday names ("North Korea") and Korean ones
 * ("북한"), besides the English and Korean names CLDR gives every ISO country. Names are compared after folding case,
 * accents, "&amp;"/"and", "St"/"Saint", a leading "The" and punctuation. Immutable, thread-safe.
 */
public final class States {
    private static final States INSTANCE = load();

    private final Map<String, String> byKey;
    private final Map<String, String> unNames;

    private States(Map<String, String> byKey, Map<String, String> unNames) {
        this.byKey = Map.copyOf(byKey);
        this.unNames = Map.copyOf(unNames);
    }

    public static States all() {
        return INSTANCE;
    }

    /** The code of the state so named (or so coded: "KP", "kp"); empty when the name is not a known state. */
    public Optional<String> resolve(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String stripped = name.strip();
        if (stripped.length() == 2 && unNames.containsKey(stripped.toUpperCase(Locale.ROOT))) {
            return Optional.of(stripped.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(byKey.get(key(stripped)));
    }

    /** The state's name in English (the UN name) or Korean (CLDR); the code itself if unknown. */
    public String name(String code, String language) {
        if ("ko".equals(language)) {
            String korean = Locale.of("", code).getDisplayCountry(Locale.KOREAN);
            return korean.isBlank() || korean.equals(code) ? name(code, "en") : korean;
        }
        return unNames.getOrDefault(code, code);
    }

    public boolean known(String code) {
        return code != null && unNames.containsKey(code);
    }

    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[.,'’()\\-]", " ")
                .replaceAll("\\s+", " ").strip();
        folded = folded.replaceAll("^(st|saint) ", "saint ").replace(" st ", " saint ");
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    private static States load() {
        Map<String, String> byKey = new HashMap<>();
        Map<String, String> unNames = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            unNames.put(code, country.getDisplayCountry(Locale.ENGLISH));
            byKey.putIfAbsent(key(country.getDisplayCountry(Locale.ENGLISH)), code);
            byKey.putIfAbsent(key(country.getDisplayCountry(Locale.KOREAN)), code);
        }
        try (InputStream in = States.class.getResourceAsStream("/upr/state-names.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                String[] names = parts[1].split("\\|");
                unNames.put(parts[0], names[0]);
                for (String name : names) {
                    byKey.put(key(name), parts[0]); // the curated names win over CLDR's
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upr/state-names.tsv", e);
        }
        return new States(byKey, unNames);
    }
}
