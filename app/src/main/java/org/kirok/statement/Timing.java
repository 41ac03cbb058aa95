package org.kirok.statement;

import org.kirok.store.InvalidInputException;
import org.kirok.upr.WordCount;

/**
 * How long a text takes to say at a speaking rate, against the slot of the debate: words, seconds (to a tenth),
 * how far over the slot, how many words to cut to fit, and how many words the slot holds. The seed statement — 243
 * words delivered in 95 s at HRC58, about 154 words a minute — is the calibration case: at the default 150 words a
 * minute it takes 97.2 s, over a 90 s slot by 7.2 s, so 18 words must go.
 */
public record Timing(int words, double seconds, int slotSeconds, double overBySeconds, int wordsToCut, int wordBudget,
                     int wordsPerMinute) {

    public Timing {
        if (slotSeconds < 1) {
            throw new InvalidInputException("slot_seconds", "the slot must be at least 1 second (got " + slotSeconds + ")");
        }
        if (wordsPerMinute < 60 || wordsPerMinute > 300) {
            throw new InvalidInputException("wpm", "the speaking rate must be from 60 to 300 words per minute (got "
                    + wordsPerMinute + ")");
        }
    }

    public static Timing of(String text, int slotSeconds, int wordsPerMinute) {
        if (slotSeconds < 1 || slotSeconds > 3600) {
            throw new InvalidInputException("slot_seconds", "the slot must be from 1 to 3,600 seconds (got "
                    + slotSeconds + ")");
        }
        if (wordsPerMinute < 60 || wordsPerMinute > 300) {
            throw new InvalidInputException("wpm", "the speaking rate must be from 60 to 300 words per minute (got "
                    + wordsPerMinute + ")");
        }
        int words = WordCount.of(text);
        double seconds = Math.round(words * 600.0 / wordsPerMinute) / 10.0;
        double over = Math.max(0, Math.round((seconds - slotSeconds) * 10) / 10.0);
        int budget = (int) Math.floor(slotSeconds * wordsPerMinute / 60.0);
        return new Timing(words, seconds, slotSeconds, over, Math.max(0, words - budget), budget, wordsPerMinute);
    }

    public boolean overTime() {
        return overBySeconds > 0;
    }

    /** "1 min 37 s" for a person reading the page. */
    public String spoken() {
        long total = Math.round(seconds);
        return total >= 60 ? (total / 60) + " min " + (total % 60) + " s" : total + " s";
    }
}
