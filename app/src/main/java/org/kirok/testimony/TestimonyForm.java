package org.kirok.testimony;

import java.util.HashMap;
import java.util.Map;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;
import org.kirok.web.FormValues;

/** The testimony form, both ways. */
final class TestimonyForm {
    private TestimonyForm() {
    }

    static TestimonyDraft draft(FormValues form) {
        return new TestimonyDraft(
                form.id("interviewee_id").orElseThrow(() -> new InvalidInputException("interviewee_id",
                        "choose the interviewee (type a name and pick a suggestion, or create the person first)")),
                java.util.Optional.empty(),
                form.date("interview_date").orElseThrow(() -> new InvalidInputException("interview_date",
                        "the interview date is required")),
                form.id("place_id"), form.text("language").map(Language::parse).orElse(Language.KO),
                form.text("consent_scope"), form.integer("duration_minutes"),
                java.util.Optional.of(form.get("transcript")), form.text("summary"), form.text("notes"),
                form.text("title"), java.util.Optional.empty(),
                form.text("confidentiality").map(Confidentiality::parse).orElse(Confidentiality.INTERNAL),
                form.text("external_id"));
    }

    static FormValues values(TestimonyView t) {
        Map<String, Object> values = new HashMap<>();
        values.put("interviewee_id", t.intervieweeId());
        values.put("interviewee_id_label", t.intervieweeLabel());
        values.put("interview_date", t.interviewDate());
        values.put("place_id", t.placeId());
        values.put("place_id_label", t.placeName());
        values.put("language", t.language().code());
        values.put("consent_scope", t.consentScopeCode());
        values.put("duration_minutes", t.durationMinutes());
        values.put("transcript", t.transcript());
        values.put("summary", t.summary());
        values.put("notes", t.notes());
        values.put("title", t.title());
        values.put("confidentiality", t.confidentiality().code());
        values.put("external_id", t.externalId());
        values.put("version", t.version());
        return FormValues.from(values);
    }
}
