package org.kirok.advocacy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.InvalidInputException;

/**
 * A date in the UN calendar: all-day (a session from its first to its last day) or at a time in a time zone (a
 * submission deadline at noon Geneva time).
 */
public record CalendarEntry(UUID id, CalendarKind kind, String title, LocalDate startsOn, Optional<LocalDate> endsOn,
                            Optional<LocalTime> atTime, Optional<ZoneId> zone, Optional<String> description,
                            Optional<String> url, int version) {

    public CalendarEntry {
        if (kind == null) {
            throw new InvalidInputException("kind", "kind is required (upr_deadline, upr_session, hrc_session, sr_report, other)");
        }
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new InvalidInputException("title", "the title is required and at most 300 characters");
        }
        if (startsOn == null) {
            throw new InvalidInputException("starts_on", "starts_on is required");
        }
        endsOn.filter(e -> e.isBefore(startsOn)).ifPresent(e -> {
            throw new InvalidInputException("ends_on", "ends_on (" + e + ") lies before starts_on (" + startsOn + ")");
        });
        if (atTime.isPresent() != zone.isPresent()) {
            throw new InvalidInputException(atTime.isPresent() ? "time_zone" : "at_time",
                    "a time needs its time zone (e.g. 12:00 Europe/Zurich for Geneva), and a time zone needs a time");
        }
        if (atTime.isPresent() && endsOn.isPresent() && !endsOn.get().equals(startsOn)) {
            throw new InvalidInputException("ends_on", "a timed entry (a deadline) lies on one day; leave ends_on empty");
        }
        description = description.map(String::strip).filter(s -> !s.isEmpty());
        description.filter(d -> d.length() > 5000).ifPresent(d -> {
            throw new InvalidInputException("description", "the description is at most 5000 characters");
        });
        url = url.map(String::strip).filter(s -> !s.isEmpty());
        url.filter(u -> !u.matches("https?://\\S+")).ifPresent(u -> {
            throw new InvalidInputException("url", "url must start with http:// or https:// (got '" + u + "')");
        });
    }

    public static Optional<ZoneId> zone(Optional<String> name) {
        return name.map(String::strip).filter(s -> !s.isEmpty()).map(n -> {
            try {
                return ZoneId.of(n);
            } catch (java.time.DateTimeException e) {
                throw new InvalidInputException("time_zone", "'" + n + "' is not a time zone (e.g. Europe/Zurich for Geneva, Asia/Seoul)");
            }
        });
    }
}
