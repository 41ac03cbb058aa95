package org.kirok.upr;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A UPR Working Group session: its cycle, its dates, and the stakeholder deadline if OHCHR published one. */
public record Session(int number, int cycle, Optional<LocalDate> startsOn, Optional<LocalDate> endsOn,
                      Optional<Instant> submissionDeadline, Optional<String> notes, int version) {
}
