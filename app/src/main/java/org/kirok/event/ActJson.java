package org.kirok.event;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;
import org.kirok.web.JsonBody;

/** The API's JSON shape of acts, both ways. Dates travel as text ("2019-05", "before 2010") plus their bounds. */
final class ActJson {
    private ActJson() {
    }

    static ActDraft draft(JsonBody body) {
        return new ActDraft(body.requiredText("act_type"),
                body.id("victim_id").orElseThrow(() -> new InvalidInputException("victim_id",
                        "victim_id is required: every act has a victim (create the person first)")),
                FuzzyDateParser.parse(body.text("date").orElse(""), "date"), body.id("place_id"), body.id("event_id"),
                body.objects("involvements").stream().map(i -> new ActDraft.InvolvementDraft(i.id("person_id"),
                        i.id("organisation_id"), i.text("degree").orElse("unknown"), i.text("notes"))).toList(),
                body.objects("sources").stream().map(s -> new ActDraft.InformationDraft(s.id("source_id").orElseThrow(
                        () -> new InvalidInputException("sources", "each source needs a source_id")),
                        s.text("reliability").orElse("unknown"), s.text("connection"), s.text("notes"))).toList(),
                body.texts("consequences"), body.id("legal_basis_id"), body.text("notes"), body.id("organisation_id"),
                body.text("confidentiality").map(Confidentiality::parse).orElse(Confidentiality.INTERNAL),
                body.text("external_id"));
    }

    static Map<String, Object> json(ActView act) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", act.id());
        json.put("case_code", act.caseCode());
        json.put("act_type", act.type().code());
        json.put("act_type_label", act.type().labelEn());
        json.put("victim_id", act.victimId());
        json.put("victim", act.victimLabel());
        json.put("date", act.date().toString());
        json.put("date_start", act.date().start().map(LocalDate::toString).orElse(null));
        json.put("date_end", act.date().end().map(LocalDate::toString).orElse(null));
        json.put("date_precision", act.date().precision().code());
        json.put("date_qualifier", act.date().qualifier().code());
        json.put("place_id", act.placeId().orElse(null));
        json.put("place", act.placePath().orElse(null));
        json.put("event_id", act.eventId().orElse(null));
        json.put("involvements", act.involvements().stream().map(i -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("person_id", i.personId().orElse(null));
            item.put("organisation_id", i.organisationId().orElse(null));
            item.put("perpetrator", i.perpetratorLabel());
            item.put("degree", i.degree().code());
            return item;
        }).toList());
        json.put("sources", act.sources().stream().map(s -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("source_id", s.sourceId());
            item.put("reference", s.reference());
            item.put("reliability", s.reliability().code());
            item.put("connection", s.connection().map(Term::code).orElse(null));
            return item;
        }).toList());
        json.put("consequences", act.consequences().stream().map(Term::code).toList());
        json.put("legal_basis_id", act.legalBasisId().orElse(null));
        json.put("legal_basis", act.legalBasisLabel().orElse(null));
        json.put("notes", act.notes().orElse(null));
        json.put("confidentiality", act.confidentiality().code());
        json.put("external_id", act.externalId().orElse(null));
        json.put("version", act.version());
        return json;
    }

    static List<Map<String, Object>> json(List<ActView> acts) {
        return acts.stream().map(ActJson::json).toList();
    }
}
