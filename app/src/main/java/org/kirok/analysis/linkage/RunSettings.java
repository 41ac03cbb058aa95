package org.kirok.analysis.linkage;

import java.util.Optional;
import org.kirok.store.InvalidInputException;

/**
 * What an analyst chooses for a linkage run: the match probability at or above which two records are proposed as
 * one person, and the band of probabilities whose pairs go to the review queue because the model is unsure.
 */
public record RunSettings(double threshold, double reviewLow, double reviewHigh) {
    public static final RunSettings DEFAULTS = new RunSettings(0.5, 0.2, 0.9);

    public RunSettings {
        if (!(threshold >= 0.01 && threshold <= 0.99)) {
            throw new InvalidInputException("threshold", "the threshold must be a probability between 0.01 and 0.99, not "
                    + threshold);
        }
        if (!(reviewLow > 0 && reviewLow < reviewHigh && reviewHigh < 1)) {
            throw new InvalidInputException("review_low", "the review band needs 0 < low < high < 1, not " + reviewLow
                    + " to " + reviewHigh);
        }
    }

    /** Settings from optional values, each falling back to its default. */
    public static RunSettings of(Optional<Double> threshold, Optional<Double> reviewLow, Optional<Double> reviewHigh) {
        return new RunSettings(threshold.orElse(DEFAULTS.threshold()), reviewLow.orElse(DEFAULTS.reviewLow()),
                reviewHigh.orElse(DEFAULTS.reviewHigh()));
    }
}
