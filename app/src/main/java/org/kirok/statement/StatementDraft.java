package org.kirok.statement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;

/** What an author writes and sets about a statement. */
public record StatementDraft(String title, int hrcSession, String agendaItem, DebateKind debateKind,
                             Optional<String> debate, Optional<String> speaker, String textEn, String textKo,
                             Optional<Integer> slotSeconds, Optional<Integer> wordsPerMinute, List<UUID> signatories,
                             Confidentiality confidentiality) {

    public StatementDraft {
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new InvalidInputException("title", "the title is required (at most 300 characters)");
        }
        if (hrcSession < 1 || hrcSession > 300) {
            throw new InvalidInputException("hrc_session", "the Council session must be from 1 to 300 (got "
                    + hrcSession + ")");
        }
        if (agendaItem == null || agendaItem.isBlank() || agendaItem.length() > 40) {
            throw new InvalidInputException("agenda_item", "the agenda item is required, e.g. 'Item 4'");
        }
        slotSeconds.filter(s -> s < 10 || s > 1800).ifPresent(s -> {
            throw new InvalidInputException("slot_seconds", "the slot must be from 10 to 1,800 seconds (got " + s + ")");
        });
        wordsPerMinute.filter(w -> w < 60 || w > 300).ifPresent(w -> {
            throw new InvalidInputException("words_per_minute", "the speaking rate must be from 60 to 300 words per "
                    + "minute (got " + w + ")");
        });
        if (textEn == null || textEn.length() > 40_000 || textKo == null || textKo.length() > 40_000) {
            throw new InvalidInputException("text_en", "each text is at most 40,000 characters");
        }
        debate = debate.map(String::strip).filter(s -> !s.isEmpty());
        speaker = speaker.map(String::strip).filter(s -> !s.isEmpty());
        signatories = List.copyOf(new java.util.LinkedHashSet<>(signatories));
        title = title.strip();
        agendaItem = agendaItem.strip();
    }
}
