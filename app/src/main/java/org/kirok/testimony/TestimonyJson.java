package org.kirok.testimony;

import java.util.LinkedHashMap;
import java.util.Map;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;
import org.kirok.web.JsonBody;

/** The API's JSON shape of testimonies, both ways. */
final class TestimonyJson {
    private TestimonyJson() {
    }

    static TestimonyDraft draft(JsonBody body) {
        return new TestimonyDraft(
                body.id("interviewee_id").orElseThrow(() -> new InvalidInputException("interviewee_id",
                        "interviewee_id is required: create the person first (POST /api/v1/persons)")),
                body.id("interviewer_user_id"),
                body.date("interview_date").orElseThrow(() -> new InvalidInputException("interview_date",
                        "interview_date is required (e.g. 2019-05-01)")),
                body.id("place_id"),
                body.text("language").map(Language::parse).orElseThrow(() -> new InvalidInputException("language",
                        "language is required (ko, en, zh, ja, ru or other)")),
                body.text("consent_scope"), body.integer("duration_minutes"), body.text("transcript"),
                body.text("summary"), body.text("notes"), body.text("title"), body.id("organisation_id"),
                body.text("confidentiality").map(Confidentiality::parse).orElse(Confidentiality.INTERNAL),
                body.text("external_id"));
    }

    static Map<String, Object> json(TestimonyView view) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", view.id());
        json.put("reference", view.reference());
        json.put("title", view.title());
        json.put("interviewee_id", view.intervieweeId());
        json.put("interviewee", view.intervieweeLabel());
        json.put("interviewer_user_id", view.interviewerUserId().orElse(null));
        json.put("interview_date", view.interviewDate().toString());
        json.put("place_id", view.placeId().orElse(null));
        json.put("place", view.placeName().orElse(null));
        json.put("language", view.language().code());
        json.put("consent_scope", view.consentScopeCode().orElse(null));
        json.put("duration_minutes", view.durationMinutes().orElse(null));
        json.put("identity_hidden", !view.identityVisible());
        json.put("transcript", view.transcript().orElse(null));
        json.put("summary", view.summary().orElse(null));
        json.put("notes", view.notes().orElse(null));
        json.put("organisation_id", view.organisationId().orElse(null));
        json.put("confidentiality", view.confidentiality().code());
        json.put("external_id", view.externalId().orElse(null));
        json.put("act_count", view.actCount());
        json.put("version", view.version());
        return json;
    }
}
