package org.kirok.dashboard;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.kirok.event.DatePrecision;
import org.kirok.event.DateQualifier;
import org.kirok.event.FuzzyDate;

/** An act as the click-through lists and reports cite it: pseudonymous case code, type, date, place. Immutable. */
public record ActSummary(UUID id, String caseCode, String typeLabel, FuzzyDate date, String placeLabel,
                         Optional<Integer> year, String provinceLabel) {

    static FuzzyDate date(LocalDate start, LocalDate end, String precision, String qualifier) {
        return new FuzzyDate(Optional.ofNullable(start), Optional.ofNullable(end), DatePrecision.parse(precision),
                DateQualifier.parse(qualifier));
    }
}
