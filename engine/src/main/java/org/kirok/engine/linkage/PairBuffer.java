package org.kirok.engine.linkage;

import java.util.Arrays;
import java.util.List;

/** Growable primitive arrays of record pairs and their comparison vectors: no object per pair. Not thread-safe. */
final class PairBuffer {
    int[] left;
    int[] right;
    long[] patterns;
    int size;

    PairBuffer(int capacity) {
        left = new int[Math.max(0, capacity)];
        right = new int[left.length];
        patterns = new long[left.length];
    }

    void add(int a, int b, long pattern) {
        if (size == left.length) {
            int grown = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(16, left.length * 2L));
            if (grown == size) {
                throw new IllegalStateException("more than " + size + " candidate pairs: tighten the blocking rules");
            }
            left = Arrays.copyOf(left, grown);
            right = Arrays.copyOf(right, grown);
            patterns = Arrays.copyOf(patterns, grown);
        }
        left[size] = a;
        right[size] = b;
        patterns[size] = pattern;
        size++;
    }

    /** Lets go of the capacity beyond the pairs held (a grown buffer is up to half empty). */
    PairBuffer trimmed() {
        if (left.length != size) {
            left = Arrays.copyOf(left, size);
            right = Arrays.copyOf(right, size);
            patterns = Arrays.copyOf(patterns, size);
        }
        return this;
    }

    /** All parts in one buffer; each part is emptied as it is copied, so that the peak is not twice the pairs. */
    static PairBuffer concat(List<PairBuffer> parts) {
        long total = parts.stream().mapToLong(part -> part.size).sum();
        if (total > Integer.MAX_VALUE - 8L) {
            throw new IllegalStateException(total + " candidate pairs are too many: tighten the blocking rules");
        }
        PairBuffer all = new PairBuffer((int) total);
        for (PairBuffer part : parts) {
            System.arraycopy(part.left, 0, all.left, all.size, part.size);
            System.arraycopy(part.right, 0, all.right, all.size, part.size);
            System.arraycopy(part.patterns, 0, all.patterns, all.size, part.size);
            all.size += part.size;
            part.left = new int[0];
            part.right = new int[0];
            part.patterns = new long[0];
            part.size = 0;
        }
        return all;
    }
}
