package org.kirok.analysis.estimation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.InvalidInputException;

/**
 * Who the estimate is about: victims of acts of these types (all types when none is named), at this place or any
 * place below it, dated within these years — e.g. deaths in custody at one kyohwaso, 2010 to 2019. An act's year
 * is the year it began (or ended, when only that is known); acts without a date fall outside any period.
 */
public record Population(List<String> actTypes, Optional<UUID> place, Optional<Integer> fromYear,
                         Optional<Integer> toYear) {

    public Population {
        actTypes = actTypes.stream().map(String::strip).filter(code -> !code.isEmpty()).distinct().toList();
        for (String code : actTypes) {
            if (!code.matches("[a-z0-9_]{1,64}")) {
                throw new InvalidInputException("act_types", "'" + code + "' is not an act type code");
            }
        }
        for (Optional<Integer> year : List.of(fromYear, toYear)) {
            if (year.isPresent() && (year.get() < 1900 || year.get() > 2100)) {
                throw new InvalidInputException(year == fromYear ? "from" : "to", "years lie between 1900 and 2100, not "
                        + year.get());
            }
        }
        if (fromYear.isPresent() && toYear.isPresent() && fromYear.get() > toYear.get()) {
            throw new InvalidInputException("to", "the period ends (" + toYear.get() + ") before it begins ("
                    + fromYear.get() + ")");
        }
    }

    /** Whether an act of this year lies in the period (an undated act only when there is no period). */
    public boolean covers(Optional<Integer> year) {
        if (!dated()) {
            return true;
        }
        return year.isPresent() && fromYear.map(from -> year.get() >= from).orElse(true)
                && toYear.map(to -> year.get() <= to).orElse(true);
    }

    public boolean dated() {
        return fromYear.isPresent() || toYear.isPresent();
    }
}
