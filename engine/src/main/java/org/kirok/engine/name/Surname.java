package org.kirok.engine.name;

import java.util.Objects;
import java.util.Optional;
import java.util.List;

/**
 * One Korean surname: its South Korean Hangul, the North Korean form where the initial sound law
 * makes them differ (이/리, 유/류), how many people bear it (only to rank readings of ambiguous
 * names), its phonetic key and every spelling we recognise, the usual ones first.
 */
public record Surname(String hangul, Optional<String> northHangul, long bearers, String key, List<String> spellings) {
    public Surname {
        Objects.requireNonNull(northHangul, "northHangul");
        Objects.requireNonNull(spellings, "spellings");
        if (hangul == null || hangul.isEmpty() || hangul.length() > 2 || !hangul.chars().allMatch(c -> Hangul.isSyllable((char) c))) {
            throw new IllegalArgumentException("a surname is one or two Hangul syllables, not '" + hangul + "'");
        }
        if (bearers < 0) {
            throw new IllegalArgumentException("bearers of " + hangul + " must not be negative: " + bearers);
        }
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("surname " + hangul + " needs a phonetic key");
        }
        if (spellings.stream().distinct().count() != spellings.size()) {
            throw new IllegalArgumentException("spellings of " + hangul + " repeat: " + spellings);
        }
        spellings = List.copyOf(spellings);
    }

    public boolean compound() {
        return hangul.length() == 2;
    }
}
