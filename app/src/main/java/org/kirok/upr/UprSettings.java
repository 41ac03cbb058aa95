package org.kirok.upr;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.store.InvalidInputException;

/**
 * The configurable rules of advocacy documents, kept in the {@code setting} table: word limits of individual and
 * joint UPR submissions (2,815 / 5,630 words: the commonly cited figures for cycles 3–4, not verified against
 * OHCHR's text), how many months before a session the default deadline falls, the speaking rate (150 words per
 * minute), and the speaking slot of each kind of Council debate. Thread-safe; reads hit the database.
 */
public final class UprSettings {
    /** Every setting with its default and the range it must lie in. */
    public enum Key {
        WORDS_INDIVIDUAL("upr.word_limit.individual", 2815, 100, 100_000),
        WORDS_JOINT("upr.word_limit.joint", 5630, 100, 100_000),
        DEADLINE_MONTHS("upr.deadline.months_before", 7, 1, 24),
        WORDS_PER_MINUTE("hrc.words_per_minute", 150, 60, 300),
        SLOT_INTERACTIVE_DIALOGUE("hrc.slot.interactive_dialogue", 90, 10, 1800),
        SLOT_GENERAL_DEBATE("hrc.slot.general_debate", 90, 10, 1800),
        SLOT_PANEL("hrc.slot.panel", 120, 10, 1800),
        SLOT_UPR_ADOPTION("hrc.slot.upr_adoption", 120, 10, 1800),
        SLOT_OTHER("hrc.slot.other", 120, 10, 1800);

        private final String name;
        private final int fallback;
        private final int min;
        private final int max;

        Key(String name, int fallback, int min, int max) {
            this.name = name;
            this.fallback = fallback;
            this.min = min;
            this.max = max;
        }

        public String settingName() {
            return name;
        }

        public int fallback() {
            return fallback;
        }
    }

    private final Jdbi jdbi;
    private final AuditLog audit;

    public UprSettings(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    public int get(Key key) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT value FROM setting WHERE key = :k")
                .bind("k", key.name).mapTo(String.class).findOne())
                .flatMap(value -> {
                    try {
                        return java.util.Optional.of(Integer.parseInt(value.strip()));
                    } catch (NumberFormatException e) {
                        return java.util.Optional.empty(); // a hand-edited bad value: fall back to the default
                    }
                }).orElse(key.fallback);
    }

    public Map<Key, Integer> all() {
        Map<Key, Integer> values = new LinkedHashMap<>();
        for (Key key : Key.values()) {
            values.put(key, get(key));
        }
        return values;
    }

    public void set(Actor actor, Key key, int value) {
        if (value < key.min || value > key.max) {
            throw new InvalidInputException(key.name, key.name + " must be from " + key.min + " to " + key.max
                    + " (got " + value + ")");
        }
        jdbi.useTransaction(handle -> {
            handle.createUpdate("INSERT INTO setting (key, value) VALUES (:k, :v) ON CONFLICT (key) DO UPDATE SET value = :v")
                    .bind("k", key.name).bind("v", String.valueOf(value)).execute();
            audit.record(handle, actor, "setting.updated", Map.of("key", key.name, "value", value));
        });
    }
}
