package org.kirok.upr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The deadline of a stakeholder submission: the one OHCHR published for the session when it is recorded, else the
 * common rule — noon Geneva time, a configurable number of months (default 7) before the session opens (or the
 * state's review day when the session's dates are unknown). A late submission is not considered, so the computed
 * default is marked as such and must be checked against OHCHR's announcement.
 */
public record Deadline(Instant at, boolean published) {
    /** Geneva keeps the time of the tz database zone Europe/Zurich (there is no Europe/Geneva). */
    public static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

    public static Optional<Deadline> of(Session session, Optional<LocalDate> reviewDate, int monthsBefore) {
        if (session.submissionDeadline().isPresent()) {
            return Optional.of(new Deadline(session.submissionDeadline().get(), true));
        }
        return session.startsOn().or(() -> reviewDate).map(start -> new Deadline(
                noonInGeneva(start.minusMonths(monthsBefore)), false));
    }

    public static Instant noonInGeneva(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.NOON, GENEVA).toInstant();
    }

    public ZonedDateTime inGeneva() {
        return at.atZone(GENEVA);
    }

    /** Whole days left until the deadline from {@code now}; negative once it has passed. */
    public long daysLeft(Instant now) {
        return Math.floorDiv(at.getEpochSecond() - now.getEpochSecond(), 86_400L);
    }
}
