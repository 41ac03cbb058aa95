package org.kirok.advocacy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Writes iCalendar (RFC 5545) for people's own calendars: CRLF line ends, content lines folded at 75 octets without
 * splitting a UTF-8 character (§3.1), TEXT values escaped (§3.3.11), all-day events as DATE values with an
 * exclusive DTEND, timed events converted to UTC so that no VTIMEZONE is needed, a DTSTAMP and a stable UID on
 * every event (§3.6.1). Stateless.
 */
public final class ICalendar {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /** One event to write: all-day from {@code startsOn} to {@code endsOn} inclusive, or at an instant. */
    public record Event(String uid, String summary, Optional<String> description, Optional<String> url,
                        Optional<String> category, LocalDate startsOn, LocalDate endsOn, Optional<Instant> at) {
    }

    public static Event event(CalendarEntry entry, String domain) {
        Optional<Instant> at = entry.atTime().map(t -> ZonedDateTime.of(entry.startsOn(), t, entry.zone().orElseThrow())
                .toInstant());
        return new Event(entry.id() + "@" + domain, entry.title(), entry.description(), entry.url(),
                Optional.of(entry.kind().code().toUpperCase(java.util.Locale.ROOT).replace('_', '-')),
                entry.startsOn(), entry.endsOn().orElse(entry.startsOn()), at);
    }

    public static String write(String name, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Kirok//Kirok 0.1//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + UTC.format(stamp));
            if (event.at().isPresent()) {
                line(out, "DTSTART:" + UTC.format(event.at().get()));
            } else {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.startsOn()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(event.endsOn().plusDays(1)));
            }
            line(out, "SUMMARY:" + text(event.summary()));
            event.description().ifPresent(d -> line(out, "DESCRIPTION:" + text(d)));
            event.url().ifPresent(u -> line(out, "URL:" + u));
            event.category().ifPresent(c -> line(out, "CATEGORIES:" + text(c)));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded so that no physical line exceeds 75 octets, then CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
