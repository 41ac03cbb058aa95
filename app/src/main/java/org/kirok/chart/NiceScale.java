package org.kirok.chart;

/**
 * Axis ticks at "nice" numbers (1, 2 or 5 times a power of ten), after P. S. Heckbert, "Nice numbers for graph
 * labels", in Graphics Gems (Academic Press, 1990), pp. 61–63.
 */
final class NiceScale {
    final double step;
    final double max;

    NiceScale(double dataMax, int ticks) {
        double range = nice(Math.max(dataMax, 1), false);
        this.step = Math.max(1, nice(range / Math.max(1, ticks - 1), true));
        this.max = Math.ceil(Math.max(dataMax, 1) / step) * step;
    }

    static double nice(double value, boolean round) {
        double exponent = Math.floor(Math.log10(value));
        double fraction = value / Math.pow(10, exponent);
        double niceFraction;
        if (round) {
            niceFraction = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10;
        } else {
            niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        }
        return niceFraction * Math.pow(10, exponent);
    }
}
