package org.kirok.engine.linkage;

import java.util.HashMap;
import java.util.Map;

/**
 * For the term-frequency adjustment after a first clustering: per comparison and record, how many
 * records of the record's entity bear the same value. A value's frequency says how likely a record
 * of <em>another</em> person is to bear it, and the bearers counted include the person's own
 * mentions: a name borne by four mentions of one man is not borne by four people. Taking his
 * mentions off is how the oracle reads names (a name borne by one person places every mention of
 * it with him unless something contradicts it). Immutable.
 */
final class OwnBearers {
    private final int[][] same;
    private final long[] present;

    private OwnBearers(int[][] same, long[] present) {
        this.same = same;
        this.present = present;
    }

    static OwnBearers of(Comparison.Prepared[] prepared, boolean[] termFrequencies, int[] entity) {
        int n = entity.length;
        int[][] same = new int[prepared.length][];
        long[] present = new long[prepared.length];
        for (int c = 0; c < prepared.length; c++) {
            if (!termFrequencies[c]) {
                continue;
            }
            Map<String, Integer> counts = new HashMap<>();
            String[] keys = new String[n];
            for (int r = 0; r < n; r++) {
                if (!Double.isNaN(prepared[c].termFrequency(r))) {
                    present[c]++;
                    keys[r] = entity[r] + "\u001f" + prepared[c].shown(r);
                    counts.merge(keys[r], 1, Integer::sum);
                }
            }
            same[c] = new int[n];
            for (int r = 0; r < n; r++) {
                same[c][r] = keys[r] == null ? 0 : counts.get(keys[r]);
            }
        }
        return new OwnBearers(same, present);
    }

    /**
     * The share of records of other persons that bear the value, for a pair agreeing on it whose
     * value has frequency {@code frequency} among all records: the bearers less those of the larger
     * entity of the two records (the same one when they are already together), at least one.
     */
    double othersShare(int comparison, double frequency, int left, int right) {
        long bearers = Math.round(frequency * present[comparison]);
        int own = Math.max(same[comparison][left], same[comparison][right]);
        return Math.max(bearers - own, 1) / (double) present[comparison];
    }
}
