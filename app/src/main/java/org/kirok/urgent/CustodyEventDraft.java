package org.kirok.urgent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.event.FuzzyDate;
import org.kirok.store.InvalidInputException;

/**
 * A custody event as entered, its place and holder already resolved to records. {@code personIds} empty means the
 * whole group; the source is a recorded testimony or document, or a short note (encrypted: it may name a relative
 * who called), with the reliability of the information.
 */
public record CustodyEventDraft(CustodyType type, FuzzyDate date, Optional<UUID> placeId, Optional<UUID> holderId,
                                Optional<UUID> sourceId, Optional<String> sourceNote, Optional<UUID> reliabilityId,
                                Optional<String> notes, List<UUID> personIds) {

    public CustodyEventDraft {
        if (type == null) {
            throw new InvalidInputException("type", "an event needs a type (arrest, transfer, detention, handover, "
                    + "repatriation, release, arrival, unknown)");
        }
        if (date == null) {
            throw new InvalidInputException("date", "an event needs a date, or 'unknown'");
        }
        sourceNote = sourceNote.map(String::strip).filter(s -> !s.isEmpty());
        sourceNote.filter(s -> s.length() > 2000).ifPresent(s -> {
            throw new InvalidInputException("source_note", "the source note is at most 2000 characters (got " + s.length() + ")");
        });
        notes = notes.map(String::strip).filter(s -> !s.isEmpty());
        notes.filter(s -> s.length() > 20_000).ifPresent(s -> {
            throw new InvalidInputException("notes", "notes are at most 20000 characters (got " + s.length() + ")");
        });
        personIds = List.copyOf(personIds);
    }
}
