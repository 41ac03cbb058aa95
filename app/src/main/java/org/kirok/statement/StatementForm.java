package org.kirok.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;
import org.kirok.web.FormValues;

/** Reads a statement and a delivery from their forms (up to {@value #SIGNATORIES} organisation pickers) and back. */
final class StatementForm {
    static final int SIGNATORIES = 6;

    private StatementForm() {
    }

    static StatementDraft draft(FormValues values) {
        List<UUID> signatories = new ArrayList<>();
        for (int i = 1; i <= SIGNATORIES; i++) {
            values.id("signatory_" + i).ifPresent(signatories::add);
        }
        return new StatementDraft(values.requiredText("title"), values.integer("hrc_session").orElseThrow(() ->
                new InvalidInputException("hrc_session", "the Council session is required")),
                values.requiredText("agenda_item"), DebateKind.parse(values.text("debate_kind").orElse("interactive_dialogue")),
                values.text("debate"), values.text("speaker"), values.get("text_en"), values.get("text_ko"),
                values.integer("slot_seconds"), values.integer("words_per_minute"), signatories,
                Confidentiality.parse(values.text("confidentiality").orElse("internal")));
    }

    static Delivery delivery(FormValues values) {
        LocalDate on = values.date("delivered_on").orElseThrow(() -> new InvalidInputException("delivered_on",
                "the day of delivery is required"));
        return new Delivery(UUID.randomUUID(), on, values.requiredText("speaker"), values.text("video_url"),
                Delivery.parseClock(values.get("starts_at"), "starts_at"), Delivery.parseClock(values.get("ends_at"), "ends_at"),
                values.text("notes"));
    }

    static FormValues values(Statement statement) {
        Map<String, Object> stored = new HashMap<>();
        stored.put("title", statement.title());
        stored.put("hrc_session", statement.hrcSession());
        stored.put("agenda_item", statement.agendaItem());
        stored.put("debate_kind", statement.debateKind().code());
        stored.put("debate", statement.debate());
        stored.put("speaker", statement.speaker());
        stored.put("text_en", statement.textEn());
        stored.put("text_ko", statement.textKo());
        stored.put("slot_seconds", statement.slotSeconds());
        stored.put("words_per_minute", statement.wordsPerMinute());
        stored.put("confidentiality", statement.confidentiality().code());
        stored.put("version", statement.version());
        for (int i = 0; i < statement.signatories().size() && i < SIGNATORIES; i++) {
            stored.put("signatory_" + (i + 1), statement.signatories().get(i).id());
            stored.put("signatory_" + (i + 1) + "_label", statement.signatories().get(i).nameEn());
        }
        return FormValues.from(stored);
    }
}
