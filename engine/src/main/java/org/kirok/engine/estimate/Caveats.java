package org.kirok.engine.estimate;

import java.util.List;

/**
 * The standing caveats of each method, stated with every result so that no number leaves Kirok
 * without them (after HRDAG's practice; Lum, Price &amp; Banks, "Applications of multiple systems
 * estimation in human rights research", The American Statistician 67(4), 2013).
 */
final class Caveats {

    private static final String POPULATION = "The estimate covers only the population the lists could have"
            + " recorded (same place, period and kind of violation); it says nothing about anyone outside that frame.";
    private static final String LINKAGE = "Errors in linking records across lists bias the estimate: missed links"
            + " inflate it, false links deflate it.";
    private static final String CLOSED = "The population is assumed closed over the period the lists cover.";

    private Caveats() {
    }

    static List<String> of(Method method) {
        return switch (method) {
            case LOGLINEAR -> List.of(POPULATION, LINKAGE, CLOSED, "Log-linear models allow dependence between lists"
                    + " only through the interactions in the model; heterogeneity of capture that no interaction"
                    + " captures, and the choice among models that fit alike, can move the estimate far.");
            case CHAPMAN -> List.of(POPULATION, LINKAGE, CLOSED, "Two lists allow no check of their independence:"
                    + " lists that favour the same people make the estimate too low, lists that avoid each other"
                    + " make it too high. Everyone must be equally likely to be on each list.");
            case LCMCR -> List.of(POPULATION, LINKAGE, CLOSED, "LCMCR models heterogeneity through latent classes"
                    + " within which lists are independent; direct dependence between lists (one list feeding"
                    + " another) is not modelled. The result is a posterior distribution that depends on its priors.");
        };
    }
}
