package org.kirok.analysis.linkage;

import java.util.Objects;
import java.util.UUID;
import org.kirok.store.InvalidInputException;

/**
 * Two different person records, in one canonical order — {@code left} before {@code right} as PostgreSQL orders
 * uuids (byte by byte, which is the order of their lower-case text) — so that a pair has one key everywhere.
 */
public record PersonPair(UUID left, UUID right) {

    public PersonPair {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (left.equals(right)) {
            throw new InvalidInputException("right", "a pair needs two different person records, got " + left + " twice");
        }
        if (compare(left, right) > 0) {
            throw new IllegalArgumentException("pair out of order: " + left + " after " + right + "; use PersonPair.of");
        }
    }

    /** The pair of two records in either order. */
    public static PersonPair of(UUID one, UUID other) {
        return compare(one, other) <= 0 ? new PersonPair(one, other) : new PersonPair(other, one);
    }

    /** The record of the pair that is not {@code one}. */
    public UUID other(UUID one) {
        if (one.equals(left)) {
            return right;
        }
        if (one.equals(right)) {
            return left;
        }
        throw new IllegalArgumentException(one + " is not in the pair " + this);
    }

    public boolean contains(UUID person) {
        return left.equals(person) || right.equals(person);
    }

    /** PostgreSQL's uuid order (unsigned, byte by byte); {@link UUID#compareTo} compares signed halves instead. */
    static int compare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
