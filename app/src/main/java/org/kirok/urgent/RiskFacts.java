package org.kirok.urgent;

import java.util.Optional;

/**
 * What the rules look at: the type of a person's latest custody event, the custody holder's country (the
 * organisation's, or the place's when the organisation has none: custody is exercised by the territory's
 * authorities), the place's country, and the place's distance from the DPRK–China border when it has coordinates.
 */
public record RiskFacts(CustodyType type, Optional<String> holderCountry, Optional<String> placeCountry,
                        Optional<Double> borderKm) {
}
