package org.kirok.engine.estimate;

/** Which log-linear model to estimate with: one the analyst names, or the best a search finds. */
public sealed interface ModelChoice {

    /** Exactly this model. */
    record Fixed(LogLinearModel model) implements ModelChoice {
        public Fixed {
            if (model == null) {
                throw new IllegalArgumentException("a fixed model choice needs a model");
            }
        }
    }

    /** The hierarchical model ranked first by {@code criterion} ({@link ModelSearch}). */
    record Search(Criterion criterion) implements ModelChoice {
        public Search {
            if (criterion == null) {
                throw new IllegalArgumentException("a model search needs a criterion");
            }
        }
    }
}
