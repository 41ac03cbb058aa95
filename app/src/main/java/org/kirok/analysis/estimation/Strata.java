package org.kirok.analysis.estimation;

import java.util.Optional;
import org.kirok.store.InvalidInputException;

/**
 * How the population is divided before estimating, so that capture probabilities may differ between strata
 * (Lum, Price &amp; Banks 2013): periods of so many years, the province of the act's place, the act type — any
 * combination, or none.
 */
public record Strata(Optional<Integer> periodYears, boolean province, boolean actType) {
    public static final Strata NONE = new Strata(Optional.empty(), false, false);

    public Strata {
        if (periodYears.isPresent() && (periodYears.get() < 1 || periodYears.get() > 50)) {
            throw new InvalidInputException("period_years", "periods are 1 to 50 years long, not " + periodYears.get());
        }
    }

    public boolean any() {
        return periodYears.isPresent() || province || actType;
    }
}
