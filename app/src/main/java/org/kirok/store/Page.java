package org.kirok.store;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: the items, which page (from 1), the page size and the total across all pages. */
public record Page<T>(List<T> items, int number, int size, long total) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public Page {
        items = List.copyOf(items);
        if (number < 1 || size < 1) {
            throw new IllegalArgumentException("page " + number + " of size " + size);
        }
    }

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages();
    }

    public int offset() {
        return (number - 1) * size;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), number, size, total);
    }

    /** Parses a page number from a request; anything unusable is page 1. */
    public static int number(String text) {
        try {
            int number = text == null ? 1 : Integer.parseInt(text.strip());
            return Math.max(1, Math.min(number, 1_000_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public static int size(String text) {
        try {
            int size = text == null ? DEFAULT_SIZE : Integer.parseInt(text.strip());
            return Math.max(1, Math.min(size, MAX_SIZE));
        } catch (NumberFormatException e) {
            return DEFAULT_SIZE;
        }
    }
}
