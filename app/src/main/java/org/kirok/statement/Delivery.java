package org.kirok.statement;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.InvalidInputException;

/** How a statement was delivered: the day, the speaker, and where it is in the UN Web TV recording (seconds). */
public record Delivery(UUID id, LocalDate deliveredOn, String speaker, Optional<String> videoUrl,
                       Optional<Integer> startsAt, Optional<Integer> endsAt, Optional<String> notes) {

    public Delivery {
        if (deliveredOn == null) {
            throw new InvalidInputException("delivered_on", "the day of delivery is required");
        }
        if (speaker == null || speaker.isBlank() || speaker.length() > 200) {
            throw new InvalidInputException("speaker", "the speaker is required (at most 200 characters)");
        }
        videoUrl = videoUrl.map(String::strip).filter(s -> !s.isEmpty());
        videoUrl.filter(url -> !url.matches("(?i)^https?://\\S+$") || url.length() > 1000).ifPresent(url -> {
            throw new InvalidInputException("video_url", "the video link must be an http(s) address (got '" + url + "')");
        });
        startsAt.filter(s -> s < 0).ifPresent(s -> {
            throw new InvalidInputException("starts_at", "the start time stamp cannot be negative");
        });
        if (startsAt.isPresent() && endsAt.isPresent() && endsAt.get() < startsAt.get()) {
            throw new InvalidInputException("ends_at", "the statement cannot end (" + endsAt.get() + " s) before it "
                    + "starts (" + startsAt.get() + " s)");
        }
        speaker = speaker.strip();
    }

    /** Seconds actually spoken, when both time stamps are recorded. */
    public Optional<Integer> duration() {
        return startsAt.flatMap(s -> endsAt.map(e -> e - s));
    }

    /** "1:02:05" for a time stamp in seconds. */
    public static String clock(int seconds) {
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    /** Reads "1:02:05", "62:05" or "3725" as seconds. */
    public static Optional<Integer> parseClock(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.strip().split(":");
        try {
            int seconds = 0;
            for (String part : parts) {
                seconds = seconds * 60 + Integer.parseInt(part);
            }
            if (parts.length > 3 || seconds < 0) {
                throw new NumberFormatException();
            }
            return Optional.of(seconds);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be a time stamp like 1:02:05 or 62:05 (got '"
                    + text + "')");
        }
    }
}
