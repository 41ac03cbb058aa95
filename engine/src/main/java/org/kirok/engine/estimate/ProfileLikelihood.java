package org.kirok.engine.estimate;

import java.util.Optional;
import org.kirok.engine.stats.LogGamma;
import org.kirok.engine.stats.NormalQuantile;

/**
 * The multinomial profile likelihood of the population size N under a log-linear model, and the
 * interval {N : 2 [ℓ(N̂) − ℓ(N)] ≤ χ²₁(level)} it gives (Cormack, "Interval estimation for
 * mark–recapture studies of closed populations", Biometrics 48(2), 1992; Rcapture's
 * {@code closedpCI}, Baillargeon &amp; Rivest 2007).
 *
 * <p>For a trial N the unobserved cell gets the count N − n and the model — whose intercept is the
 * only term in that cell — is refitted to the complete 2^k table; with the Poisson means μ summing
 * to N, the multinomial log-likelihood is ln N! − ln (N − n)! + Σ y ln(μ / N) up to a constant.
 * N is searched on the scale ln(N − n), by golden section for the maximum and bisection for the
 * two ends of the interval.
 *
 * <p>Not thread-safe: it keeps the last fit to start the next one from.
 */
final class ProfileLikelihood {

    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;
    private static final double SEARCH_TOLERANCE = 1e-9;
    private static final double STEP = 0.5;
    /** Beyond e^28 ≈ 1.4 · 10^12 unobserved people, the likelihood is taken as never falling: unbounded. */
    private static final double MAX_LOG_UNOBSERVED = 28;
    private static final double MIN_LOG_UNOBSERVED = -20;

    private final CaptureTable table;
    private final Design design;
    private final double[] counts;
    private double[] lastFit;

    private ProfileLikelihood(CaptureTable table, LogLinearModel model) {
        this.table = table;
        this.design = Design.completeTable(model);
        this.counts = new double[design.cellCount()];
        for (int cell = 1; cell < counts.length; cell++) {
            counts[cell] = table.count(design.pattern(cell));
        }
    }

    /** The profile of {@code model} on {@code table}, to evaluate at trial sizes. */
    static ProfileLikelihood of(CaptureTable table, LogLinearModel model) {
        return new ProfileLikelihood(table, model);
    }

    /** The multinomial estimate and interval, or empty when a refit fails along the way. */
    static Optional<Result> interval(CaptureTable table, LogLinearModel model, double startingEstimate, double level) {
        double chiSquared = Math.pow(NormalQuantile.twoSided(level), 2);
        ProfileLikelihood profile = of(table, model);
        try {
            return Optional.of(profile.search(Math.log(startingEstimate - table.observed()), level, chiSquared / 2));
        } catch (FitFailed failed) {
            return Optional.empty();
        }
    }

    /** The maximizing N and the interval at {@code level}. */
    record Result(double estimate, Interval interval) {
    }

    private Result search(double start, double level, double drop) {
        double[] bracket = bracketMaximum(start);
        double best = goldenSection(bracket[0], bracket[1]);
        double peak = logLikelihood(best);
        double target = peak - drop;
        double low = boundary(best, -1, target);
        double high = boundary(best, +1, target);
        double n = table.observed();
        double upper = Double.isInfinite(high) ? Double.POSITIVE_INFINITY : n + Math.exp(high);
        double lower = Double.isInfinite(low) ? n : n + Math.exp(low);
        return new Result(n + Math.exp(best), new Interval(Interval.Kind.PROFILE_LIKELIHOOD, level, lower, upper));
    }

    private double[] bracketMaximum(double start) {
        double centre = start;
        double centreValue = logLikelihood(centre);
        while (centre < MAX_LOG_UNOBSERVED && logLikelihood(centre + STEP) > centreValue) {
            centre += STEP;
            centreValue = logLikelihood(centre);
        }
        while (centre > MIN_LOG_UNOBSERVED && logLikelihood(centre - STEP) > centreValue) {
            centre -= STEP;
            centreValue = logLikelihood(centre);
        }
        return new double[] {centre - STEP, centre + STEP};
    }

    private double goldenSection(double from, double to) {
        double a = from;
        double b = to;
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        double fc = logLikelihood(c);
        double fd = logLikelihood(d);
        while (b - a > SEARCH_TOLERANCE) {
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - GOLDEN * (b - a);
                fc = logLikelihood(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + GOLDEN * (b - a);
                fd = logLikelihood(d);
            }
        }
        return (a + b) / 2;
    }

    /** Where, going from the maximum in {@code direction}, ℓ falls to {@code target}; ±∞ if it never does. */
    private double boundary(double from, int direction, double target) {
        double inside = from;
        double outside = from + direction * STEP;
        while (logLikelihood(outside) >= target) {
            inside = outside;
            outside += direction * STEP * 2;
            if (outside > MAX_LOG_UNOBSERVED || outside < MIN_LOG_UNOBSERVED) {
                return direction * Double.POSITIVE_INFINITY;
            }
        }
        while (Math.abs(outside - inside) > SEARCH_TOLERANCE) {
            double middle = (inside + outside) / 2;
            if (logLikelihood(middle) >= target) {
                inside = middle;
            } else {
                outside = middle;
            }
        }
        return (inside + outside) / 2;
    }

    /** ℓ(N) at N = n + e^logUnobserved. */
    double logLikelihood(double logUnobserved) {
        double unobserved = Math.exp(logUnobserved);
        double n = table.observed();
        double total = n + unobserved;
        counts[0] = unobserved;
        Optional<double[]> start = Optional.ofNullable(lastFit).map(previous -> {
            double[] means = previous.clone();
            means[0] = unobserved;
            return means;
        });
        PoissonFit fit = PoissonRegression.fit(design, counts, start).orElseThrow(FitFailed::new);
        lastFit = fit.fitted();
        double value = LogGamma.of(total + 1) - LogGamma.of(unobserved + 1);
        for (int cell = 0; cell < counts.length; cell++) {
            if (counts[cell] > 0) {
                value += counts[cell] * Math.log(fit.fitted()[cell] / total);
            }
        }
        return value;
    }

    /** A refit along the profile failed; the interval is abandoned rather than guessed. */
    private static final class FitFailed extends RuntimeException {
        FitFailed() {
            super("a refit along the profile likelihood failed", null, false, false);
        }
    }
}
