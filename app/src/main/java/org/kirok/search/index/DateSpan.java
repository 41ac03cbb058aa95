package org.kirok.search.index;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a record happened, as far as it is known: a fuzzy date's earliest and latest possible day. One end may be
 * open ("before 2019"), not both. The index sorts by the earliest known day and facets by its year and decade.
 */
public record DateSpan(Optional<LocalDate> start, Optional<LocalDate> end) {

    public DateSpan {
        if (start.isEmpty() && end.isEmpty()) {
            throw new IllegalArgumentException("a date span needs a start or an end");
        }
        if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
            throw new IllegalArgumentException("a date span cannot start (" + start.get() + ") after it ends ("
                    + end.get() + ")");
        }
    }

    public static DateSpan on(LocalDate day) {
        return new DateSpan(Optional.of(day), Optional.of(day));
    }

    /** A span from nullable database columns; empty when both are null. */
    public static Optional<DateSpan> of(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return Optional.empty();
        }
        return Optional.of(new DateSpan(Optional.ofNullable(start), Optional.ofNullable(end)));
    }

    /** The day the record is sorted and faceted by. */
    public LocalDate representative() {
        return start.orElseGet(end::orElseThrow);
    }
}
