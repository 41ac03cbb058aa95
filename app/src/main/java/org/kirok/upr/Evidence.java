package org.kirok.upr;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The acts in the database that bear on a recommendation over a period, as they may leave the organisation: counts
 * per act type and in total after the disclosure gate (a hidden count is empty), and a few cited cases by their
 * pseudonymous case codes — never names.
 */
public record Evidence(Period period, Optional<LocalDate> from, List<Count> counts, OptionalLong total,
                       List<String> citedCases) {

    public Evidence {
        counts = List.copyOf(counts);
        citedCases = List.copyOf(citedCases);
    }

    /** One act type's count; empty when the disclosure gate hides it. */
    public record Count(String actType, String label, OptionalLong count) {
        public String shown(String suppressed) {
            return count.isPresent() ? String.valueOf(count.getAsLong()) : suppressed;
        }
    }

    /** No period start known (the review's dates are missing): nothing can be counted. */
    public boolean undated() {
        return from.isEmpty();
    }

    public String totalShown(String suppressed) {
        return total.isPresent() ? String.valueOf(total.getAsLong()) : suppressed;
    }
}
