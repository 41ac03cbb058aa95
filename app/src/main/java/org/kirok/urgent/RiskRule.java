package org.kirok.urgent;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kirok.store.InvalidInputException;

/**
 * One editable rule: when every given condition holds for a person's latest custody event, the person's risk is
 * {@code level}. Empty conditions hold always: a rule with none is a catch-all. A border distance condition
 * never holds for a place without coordinates (no guess is safer than a wrong one: the case page says so).
 */
public record RiskRule(UUID id, int position, String label, RiskLevel level, Set<CustodyType> eventTypes,
                       Optional<String> holderCountry, Optional<String> placeCountry, Optional<Double> maxBorderKm,
                       boolean active, int version) {

    public RiskRule {
        label = label == null ? "" : label.strip();
        if (label.isEmpty() || label.length() > 200) {
            throw new InvalidInputException("label", "a rule needs a label of at most 200 characters (got "
                    + label.length() + ")");
        }
        if (level == null) {
            throw new InvalidInputException("level", "a rule needs a level");
        }
        eventTypes = eventTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(eventTypes));
        holderCountry = country(holderCountry, "holder_country");
        placeCountry = country(placeCountry, "place_country");
        maxBorderKm.filter(km -> !(km >= 0 && km <= 20_000)).ifPresent(km -> {
            throw new InvalidInputException("max_border_km", "max_border_km must lie between 0 and 20000 km (got " + km + ")");
        });
    }

    private static Optional<String> country(Optional<String> code, String field) {
        Optional<String> cleaned = code.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT));
        cleaned.filter(c -> !c.matches("[A-Z]{2}")).ifPresent(c -> {
            throw new InvalidInputException(field, field + " must be a two-letter country code like CN (got '" + c + "')");
        });
        return cleaned;
    }

    public boolean matches(RiskFacts facts) {
        return active
                && (eventTypes.isEmpty() || eventTypes.contains(facts.type()))
                && holderCountry.map(c -> facts.holderCountry().equals(Optional.of(c))).orElse(true)
                && placeCountry.map(c -> facts.placeCountry().equals(Optional.of(c))).orElse(true)
                && maxBorderKm.map(max -> facts.borderKm().map(km -> km <= max).orElse(false)).orElse(true);
    }
}
