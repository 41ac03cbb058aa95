package org.kirok.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.web.FormValues;

/** The act forms (full and quick), both ways: posted fields to a draft, a stored act to fields. */
final class ActForm {
    private ActForm() {
    }

    static ActDraft draft(FormValues form) {
        List<ActDraft.InvolvementDraft> involvements = new ArrayList<>();
        List<String> orgs = form.list("perp_org_id");
        List<String> people = form.list("perp_person_id");
        List<String> degrees = form.list("perp_degree");
        int rows = Math.max(orgs.size(), people.size());
        for (int i = 0; i < rows; i++) {
            Optional<UUID> org = id(orgs, i, "perp_org_id");
            Optional<UUID> person = id(people, i, "perp_person_id");
            if (org.isEmpty() && person.isEmpty()) {
                continue;
            }
            involvements.add(new ActDraft.InvolvementDraft(person, org, at(degrees, i).orElse("unknown"), Optional.empty()));
        }
        List<ActDraft.InformationDraft> sources = new ArrayList<>();
        List<String> sourceIds = form.list("source_id");
        for (int i = 0; i < sourceIds.size(); i++) {
            Optional<UUID> source = id(sourceIds, i, "source_id");
            if (source.isPresent()) {
                sources.add(new ActDraft.InformationDraft(source.get(), at(form.list("source_reliability"), i).orElse("unknown"),
                        at(form.list("source_connection"), i), Optional.empty()));
            }
        }
        return new ActDraft(form.text("act_type").orElse(""),
                form.id("victim_id").orElseThrow(() -> new InvalidInputException("victim_id",
                        "choose the victim (type a name and pick a suggestion)")),
                FuzzyDateParser.parse(form.get("date"), "date"), form.id("place_id"), form.id("event_id"),
                involvements, sources, form.list("consequence"), form.id("legal_basis_id"), form.text("notes"),
                Optional.empty(), form.text("confidentiality").map(Confidentiality::parse).orElse(Confidentiality.INTERNAL),
                form.text("external_id"));
    }

    private static Optional<String> at(List<String> list, int index) {
        return index < list.size() ? Optional.ofNullable(list.get(index)).map(String::strip).filter(s -> !s.isEmpty())
                : Optional.empty();
    }

    private static Optional<UUID> id(List<String> list, int index, String field) {
        return at(list, index).map(text -> Ids.parseOptional(text).orElseThrow(
                () -> new InvalidInputException(field, "choose from the suggestions")));
    }

    static FormValues values(ActView act) {
        Map<String, Object> values = new HashMap<>();
        values.put("act_type", act.type().code());
        values.put("victim_id", act.victimId());
        values.put("victim_id_label", act.victimLabel());
        values.put("date", act.date().known() ? act.date().toString() : "");
        values.put("place_id", act.placeId());
        values.put("place_id_label", act.placePath());
        values.put("event_id", act.eventId());
        values.put("event_id_label", act.eventTitle());
        values.put("perp_org_id", act.involvements().stream().map(i -> i.organisationId().map(UUID::toString).orElse("")).toList());
        values.put("perp_person_id", act.involvements().stream().map(i -> i.personId().map(UUID::toString).orElse("")).toList());
        values.put("perp_label", act.involvements().stream().map(ActView.Involvement::perpetratorLabel).toList());
        values.put("perp_degree", act.involvements().stream().map(i -> i.degree().code()).toList());
        values.put("source_id", act.sources().stream().map(s -> s.sourceId().toString()).toList());
        values.put("source_label", act.sources().stream().map(ActView.Information::reference).toList());
        values.put("source_reliability", act.sources().stream().map(s -> s.reliability().code()).toList());
        values.put("source_connection", act.sources().stream().map(s -> s.connection().map(Term::code).orElse("")).toList());
        values.put("consequence", act.consequences().stream().map(Term::code).toList());
        values.put("notes", act.notes());
        values.put("confidentiality", act.confidentiality().code());
        values.put("external_id", act.externalId());
        values.put("version", act.version());
        return FormValues.from(values);
    }
}
