package org.kirok.analysis.estimation;

import java.util.Locale;
import org.kirok.engine.estimate.Criterion;
import org.kirok.engine.estimate.LcmcrSettings;
import org.kirok.engine.estimate.Method;
import org.kirok.store.InvalidInputException;

/**
 * How to estimate: which method's result is the headline (every applicable method is computed and compared), the
 * criterion that ranks log-linear models for it, and the LCMCR sampler's seed, sweeps per chain and chains. Saved
 * with the result, with the engine version, so the very same numbers can be computed again.
 */
public record Parameters(Method primary, Criterion criterion, long seed, int iterations, int chains) {
    public static final Parameters DEFAULTS = new Parameters(Method.LCMCR, Criterion.AIC, LcmcrSettings.DEFAULT_SEED,
            LcmcrSettings.DEFAULT_ITERATIONS, LcmcrSettings.DEFAULT_CHAINS);

    public Parameters {
        if (primary == null || criterion == null) {
            throw new InvalidInputException("method", "choose a method and a criterion");
        }
        if (iterations < 1_000 || iterations > 1_000_000) {
            throw new InvalidInputException("iterations", "iterations lie between 1,000 and 1,000,000, not " + iterations);
        }
        if (chains < 1 || chains > 8) {
            throw new InvalidInputException("chains", "1 to 8 chains, not " + chains);
        }
    }

    /** The LCMCR settings these parameters stand for (the engine's defaults otherwise). */
    public LcmcrSettings lcmcr() {
        return LcmcrSettings.defaults().withSeed(seed).withIterations(iterations).withChains(chains);
    }

    static Method method(String code) {
        for (Method method : Method.values()) {
            if (method.label().equalsIgnoreCase(code.strip())) {
                return method;
            }
        }
        throw new InvalidInputException("method", "method must be loglinear, lcmcr or chapman (got '" + code + "')");
    }

    static Criterion criterion(String code) {
        try {
            return Criterion.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("criterion", "criterion must be aic or bic (got '" + code + "')");
        }
    }
}
