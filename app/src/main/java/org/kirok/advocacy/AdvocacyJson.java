package org.kirok.advocacy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.web.JsonBody;

/** The API's JSON shapes of activities, memberships and calendar entries, both ways. */
final class AdvocacyJson {
    private AdvocacyJson() {
    }

    static ActivityDraft draft(JsonBody body) {
        return new ActivityDraft(ActivityKind.parse(body.requiredText("kind")), body.text("title").orElse(""),
                body.date("held_on").orElse(null), body.text("location"), body.text("officials"), body.text("outcome"),
                body.text("url"), body.text("archived_title"), body.texts("themes"), body.texts("recommendations"),
                body.id("follows_id"),
                body.objects("organisations").stream().map(o -> new ActivityDraft.OrganisationLink(
                        o.id("id").orElseThrow(() -> new InvalidInputException("organisations", "each organisation needs an id")),
                        Participation.parse(o.text("role").orElse("participant")))).toList(),
                body.objects("persons").stream().map(p -> new ActivityDraft.PersonLink(
                        p.id("id").orElseThrow(() -> new InvalidInputException("persons", "each person needs an id")),
                        PersonRole.parse(p.text("role").orElse("survivor")))).toList(),
                body.texts("case_ids").stream().map(t -> Ids.parseOptional(t.strip()).orElseThrow(
                        () -> new InvalidInputException("case_ids", "'" + t + "' is not an id"))).toList(),
                body.id("organisation_id"),
                body.text("confidentiality").map(Confidentiality::parse).orElse(Confidentiality.INTERNAL));
    }

    static Map<String, Object> json(Activity a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.id());
        json.put("kind", a.kind().code());
        json.put("title", a.title());
        json.put("held_on", a.heldOn().toString());
        json.put("location", a.location().orElse(null));
        json.put("officials", a.officials().orElse(null));
        json.put("outcome", a.outcome().orElse(null));
        json.put("url", a.url().orElse(null));
        json.put("archived_title", a.archivedTitle().orElse(null));
        json.put("themes", a.themes());
        json.put("recommendations", a.recommendations());
        json.put("follows_id", a.followsId().orElse(null));
        json.put("organisations", a.organisations().stream()
                .map(o -> Map.of("id", o.id(), "name", o.name(), "role", o.role().code())).toList());
        json.put("persons", a.persons().stream().map(p -> Map.of("id", p.id(), "label", p.label(), "role", p.role().code()))
                .toList());
        json.put("cases", a.cases().stream().map(c -> Map.of("id", c.id(), "code", c.code())).toList());
        json.put("organisation_id", a.organisationId().orElse(null));
        json.put("confidentiality", a.confidentiality().code());
        json.put("version", a.version());
        return json;
    }

    static Map<String, Object> json(Relation r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("group_id", r.groupId());
        json.put("group", r.groupName());
        json.put("member_id", r.memberId());
        json.put("member", r.memberName());
        json.put("kind", r.kind().code());
        json.put("since", r.since().map(LocalDate::toString).orElse(null));
        json.put("until", r.until().map(LocalDate::toString).orElse(null));
        json.put("notes", r.notes().orElse(null));
        return json;
    }

    static CalendarEntry entry(JsonBody body, UUID id) {
        return new CalendarEntry(id, CalendarKind.parse(body.requiredText("kind")), body.text("title").orElse(""),
                body.date("starts_on").orElse(null), body.date("ends_on"), time(body.text("at_time"), "at_time"),
                CalendarEntry.zone(body.text("time_zone")), body.text("description"), body.text("url"),
                body.version().orElse(0));
    }

    static Optional<LocalTime> time(Optional<String> text, String field) {
        return text.map(t -> {
            try {
                return LocalTime.parse(t.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, field + " must be a time like 12:00 (got '" + t + "')");
            }
        });
    }

    static Map<String, Object> json(CalendarEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id());
        json.put("kind", e.kind().code());
        json.put("title", e.title());
        json.put("starts_on", e.startsOn().toString());
        json.put("ends_on", e.endsOn().map(LocalDate::toString).orElse(null));
        json.put("at_time", e.atTime().map(LocalTime::toString).orElse(null));
        json.put("time_zone", e.zone().map(Object::toString).orElse(null));
        json.put("description", e.description().orElse(null));
        json.put("url", e.url().orElse(null));
        json.put("version", e.version());
        return json;
    }
}
