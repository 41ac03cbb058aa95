package org.kirok.urgent;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.event.FuzzyDate;
import org.kirok.event.FuzzyDateParser;
import org.kirok.store.Confidentiality;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.web.JsonBody;

/** The API's JSON shapes of urgent cases, both ways. */
final class UrgentJson {
    private UrgentJson() {
    }

    static CaseDraft caseDraft(JsonBody body) {
        return new CaseDraft(body.text("title").orElse(""), body.text("notes"),
                body.text("status").map(CaseStatus::parse).orElse(CaseStatus.OPEN),
                body.text("confidentiality").map(Confidentiality::parse).orElse(Confidentiality.INTERNAL),
                body.id("organisation_id"));
    }

    static UrgentCaseService.EventInput event(JsonBody body) {
        CustodyType type = CustodyType.parse(body.requiredText("type"));
        FuzzyDate date = FuzzyDateParser.parse(body.text("date").orElse(""), "date");
        Optional<PlaceInput> place = body.object("place").map(p -> p.id("id").<PlaceInput>map(PlaceInput.Existing::new)
                .orElseGet(() -> new PlaceInput.Named(p.text("name").orElse(""), p.text("country").orElse(""),
                        p.number("lat"), p.number("lon"))));
        return new UrgentCaseService.EventInput(type, date, place, body.text("custody_holder"), body.id("custody_holder_id"),
                body.id("source_id"), body.text("source_note"), body.text("reliability"), body.text("notes"),
                ids(body.texts("person_ids"), "person_ids"));
    }

    static List<UUID> ids(List<String> texts, String field) {
        return texts.stream().map(t -> Ids.parseOptional(t.strip()).orElseThrow(
                () -> new InvalidInputException(field, field + ": '" + t + "' is not an id"))).toList();
    }

    static Intervention intervention(JsonBody body) {
        List<Intervention.Cosigner> cosigners = ids(body.texts("cosigner_ids"), "cosigner_ids").stream()
                .map(id -> new Intervention.Cosigner(id, "")).toList();
        return new Intervention(UUID.randomUUID(), UUID.randomUUID(), InterventionKind.parse(body.requiredText("kind")),
                body.text("subject").orElse(""), body.text("recipients").orElse(""),
                Channel.parse(body.text("channel").orElse("email")), body.date("sent_on"), body.date("response_due"),
                body.text("response"), body.date("response_on"), cosigners, body.version().orElse(0));
    }

    static Map<String, Object> summary(CaseSummary c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("code", c.code());
        json.put("title", c.title());
        json.put("status", c.status().code());
        json.put("risk", c.risk().code());
        return json;
    }

    static Map<String, Object> json(UrgentCase c, List<WgeidElement> missing, UrgentCaseService service) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("code", c.code());
        json.put("title", c.title());
        json.put("status", c.status().code());
        json.put("risk", c.risk().code());
        json.put("risk_rule", c.computedRule().isEmpty() ? null : c.computedRule());
        json.put("risk_override", c.caseOverride().map(UrgentJson::override).orElse(null));
        json.put("confidentiality", c.confidentiality().code());
        json.put("notes", c.notes().orElse(null));
        json.put("version", c.version());
        json.put("persons", c.persons().stream().map(p -> {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("id", p.personId());
            person.put("code", p.code());
            person.put("label", p.label());
            person.put("risk", p.risk().code());
            person.put("risk_computed", p.computed().code());
            person.put("risk_rule", p.rule().isEmpty() ? null : p.rule());
            person.put("risk_override", p.override().map(UrgentJson::override).orElse(null));
            return person;
        }).toList());
        json.put("events", c.events().stream().map(e -> event(e, service.facts(e))).toList());
        json.put("missing_communication_elements", missing.stream().map(WgeidElement::code).toList());
        return json;
    }

    private static Map<String, Object> override(RiskOverride o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("level", o.level().code());
        json.put("reason", o.reason());
        json.put("set_by", o.setBy());
        json.put("set_at", o.setAt().toString());
        return json;
    }

    static Map<String, Object> event(CustodyEvent e, RiskFacts facts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id());
        json.put("type", e.type().code());
        json.put("date", e.date().known() ? e.date().toString() : null);
        json.put("date_precision", e.date().precision().code());
        json.put("place", e.place().map(p -> {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("id", p.id());
            place.put("name", p.name());
            place.put("country", p.countryCode());
            place.put("lat", p.lat().orElse(null));
            place.put("lon", p.lon().orElse(null));
            return place;
        }).orElse(null));
        json.put("border_km", facts.borderKm().map(km -> Math.round(km * 10) / 10.0).orElse(null));
        json.put("custody_holder", e.holder().map(h -> {
            Map<String, Object> holder = new LinkedHashMap<>();
            holder.put("id", h.id());
            holder.put("name", h.name());
            holder.put("country", h.countryCode().orElse(null));
            return holder;
        }).orElse(null));
        json.put("holder_country", facts.holderCountry().orElse(null));
        json.put("source_id", e.sourceId().orElse(null));
        json.put("source_note", e.sourceNote().orElse(null));
        json.put("reliability_id", e.reliabilityId().orElse(null));
        json.put("notes", e.notes().orElse(null));
        json.put("person_ids", e.personIds());
        return json;
    }

    static Map<String, Object> intervention(Intervention i) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", i.id());
        json.put("kind", i.kind().code());
        json.put("subject", i.subject());
        json.put("recipients", i.recipients());
        json.put("channel", i.channel().code());
        json.put("sent_on", i.sentOn().map(LocalDate::toString).orElse(null));
        json.put("response_due", i.responseDue().map(LocalDate::toString).orElse(null));
        json.put("response", i.response().orElse(null));
        json.put("response_on", i.responseOn().map(LocalDate::toString).orElse(null));
        json.put("cosigners", i.cosigners().stream().map(c -> Map.of("id", c.id(), "name", c.name())).toList());
        json.put("version", i.version());
        return json;
    }

    static Map<String, Object> deadline(Deadline d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.id());
        json.put("case_id", d.caseId());
        json.put("case_code", d.caseCode());
        json.put("case_risk", d.caseRisk().code());
        json.put("kind", d.kind().code());
        json.put("due_on", d.dueOn().toString());
        json.put("label", d.label().orElse(null));
        json.put("intervention_id", d.interventionId().orElse(null));
        json.put("done", d.done());
        return json;
    }

    static RiskRule rule(JsonBody body, UUID id, boolean active) {
        return new RiskRule(id, body.integer("position").orElse(100), body.text("label").orElse(""),
                RiskLevel.parse(body.requiredText("level")),
                body.texts("event_types").stream().map(CustodyType::parse).collect(java.util.stream.Collectors.toSet()),
                body.text("holder_country"), body.text("place_country"), body.number("max_border_km"),
                active, 1);
    }

    static Map<String, Object> rule(RiskRule r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("version", r.version());
        json.putAll(RiskRuleService.describe(r));
        json.put("max_border_km", r.maxBorderKm().orElse(null));
        return json;
    }
}
