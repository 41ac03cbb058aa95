package org.kirok.urgent;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.Page;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.Json;
import org.kirok.web.JsonBody;
import org.kirok.web.Router;

/**
 * {@code /api/v1/urgent-cases}: cases, their persons and custody events, risk overrides and history, interventions,
 * deadlines, the WGEID communication; {@code /api/v1/urgent/due} and {@code /api/v1/urgent/risk-rules}.
 */
public final class UrgentApi implements Feature {
    private static final String BASE = "/api/v1/urgent-cases";
    private final UrgentCaseService cases;
    private final WgeidService wgeid;
    private final ActionService actions;
    private final RiskRuleService rules;
    private final LetterService letters;

    public UrgentApi(UrgentCaseService cases, WgeidService wgeid, ActionService actions, RiskRuleService rules,
                     LetterService letters) {
        this.cases = cases;
        this.wgeid = wgeid;
        this.actions = actions;
        this.rules = rules;
        this.letters = letters;
    }

    @Override
    public void routes(Router router) {
        router.get(BASE, Permission.READ_RECORDS, "List urgent cases (status, page, size)", this::list);
        router.post(BASE, Permission.WRITE_RECORDS, "Open an urgent case", this::create);
        router.get(BASE + "/{id}", Permission.READ_RECORDS, "One urgent case with persons, events, risk and missing "
                + "communication elements", this::read);
        router.put(BASE + "/{id}", Permission.WRITE_RECORDS, "Update an urgent case (send its version)", this::update);
        router.post(BASE + "/{id}/persons", Permission.WRITE_RECORDS, "Add a person at risk", this::addPerson);
        router.delete(BASE + "/{id}/persons/{person}", Permission.WRITE_RECORDS, "Remove a person from the case",
                ctx -> {
                    cases.removePerson(CurrentUser.of(ctx), id(ctx), Ids.parse(ctx.pathParam("person"), "person"));
                    ctx.status(204);
                });
        router.post(BASE + "/{id}/events", Permission.WRITE_RECORDS, "Add a custody event (place by id or name, "
                + "custody holder by name)", this::addEvent);
        router.delete(BASE + "/{id}/events/{event}", Permission.WRITE_RECORDS, "Remove a custody event", ctx -> {
            cases.deleteEvent(CurrentUser.of(ctx), id(ctx), Ids.parse(ctx.pathParam("event"), "event"));
            ctx.status(204);
        });
        router.post(BASE + "/{id}/risk-override", Permission.WRITE_RECORDS, "Override the risk (level, reason, "
                + "person_id?)", this::override);
        router.delete(BASE + "/{id}/risk-override", Permission.WRITE_RECORDS, "Return to the computed risk "
                + "(?person_id=)", ctx -> {
                    cases.clearOverride(CurrentUser.of(ctx), id(ctx), Optional.ofNullable(ctx.queryParam("person_id"))
                            .map(p -> Ids.parse(p, "person")));
                    ctx.status(204);
                });
        router.get(BASE + "/{id}/risk-history", Permission.READ_RECORDS, "Every change of the risk", this::history);
        router.get(BASE + "/{id}/interventions", Permission.READ_RECORDS, "Interventions of a case", ctx ->
                ctx.json(actions.interventions(CurrentUser.of(ctx), id(ctx)).stream().map(UrgentJson::intervention).toList()));
        router.post(BASE + "/{id}/interventions", Permission.ADVOCACY, "Record an intervention", this::addIntervention);
        router.put(BASE + "/{id}/interventions/{intervention}", Permission.ADVOCACY, "Update an intervention "
                + "(response, send its version)", this::updateIntervention);
        router.get(BASE + "/{id}/interventions/{intervention}/letter.docx", Permission.ADVOCACY, "The intervention's "
                + "letter as DOCX (?lang=en|ko)", ctx -> docx(ctx, letters.interventionLetter(CurrentUser.of(ctx), id(ctx),
                Ids.parse(ctx.pathParam("intervention"), "intervention"), lang(ctx)), "letter"));
        router.get(BASE + "/{id}/deadlines", Permission.READ_RECORDS, "Deadlines of a case", ctx ->
                ctx.json(actions.deadlines(CurrentUser.of(ctx), id(ctx)).stream().map(UrgentJson::deadline).toList()));
        router.post(BASE + "/{id}/deadlines", Permission.ADVOCACY, "Add a deadline (kind, due_on, label)", this::addDeadline);
        router.post(BASE + "/{id}/deadlines/{deadline}/done", Permission.ADVOCACY, "Mark a deadline done", ctx -> {
            actions.completeDeadline(CurrentUser.of(ctx), id(ctx), Ids.parse(ctx.pathParam("deadline"), "deadline"));
            ctx.status(204);
        });
        router.get(BASE + "/{id}/communication", Permission.READ_RECORDS, "The WGEID communication's details and "
                + "missing elements", this::communication);
        router.put(BASE + "/{id}/communication", Permission.ADVOCACY, "Save the WGEID communication's details",
                this::saveCommunication);
        router.get(BASE + "/{id}/communication.docx", Permission.ADVOCACY, "The WGEID communication as DOCX "
                + "(409 while elements are missing)", ctx -> docx(ctx, letters.wgeidCommunication(CurrentUser.of(ctx),
                id(ctx), lang(ctx)), "wgeid-communication"));
        router.get("/api/v1/urgent/due", Permission.READ_RECORDS, "Deadlines due by a day (?date=, default today)", ctx ->
                ctx.json(actions.dueBy(CurrentUser.of(ctx), Optional.ofNullable(ctx.queryParam("date"))
                        .map(UrgentApi::date).orElse(LocalDate.now())).stream().map(UrgentJson::deadline).toList()));
        router.get("/api/v1/urgent/risk-rules", Permission.READ_RECORDS, "The risk rules in order", ctx ->
                ctx.json(rules.rules().stream().map(UrgentJson::rule).toList()));
        router.post("/api/v1/urgent/risk-rules", Permission.MANAGE_USERS, "Add a risk rule (administrators)", ctx -> {
            UUID id = rules.create(CurrentUser.of(ctx), UrgentJson.rule(JsonBody.of(ctx), UUID.randomUUID(),
                    flag(ctx, "active", true)));
            ctx.status(201).json(Map.of("id", id));
        });
        router.put("/api/v1/urgent/risk-rules/{rule}", Permission.MANAGE_USERS, "Edit a risk rule (send its version)",
                ctx -> {
                    UUID id = Ids.parse(ctx.pathParam("rule"), "risk rule");
                    JsonBody body = JsonBody.of(ctx);
                    int version = body.version().orElseThrow(() -> new InvalidInputException("version",
                            "send the version you edited (optimistic locking)"));
                    rules.update(CurrentUser.of(ctx), id, version, UrgentJson.rule(body, id, flag(ctx, "active", true)));
                    ctx.json(UrgentJson.rule(rules.rule(id)));
                });
        router.delete("/api/v1/urgent/risk-rules/{rule}", Permission.MANAGE_USERS, "Remove a risk rule", ctx -> {
            rules.delete(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("rule"), "risk rule"));
            ctx.status(204);
        });
    }

    static UUID id(Context ctx) {
        return Ids.parse(ctx.pathParam("id"), "urgent case");
    }

    private static String lang(Context ctx) {
        return "ko".equals(ctx.queryParam("lang")) ? "ko" : "en";
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("date", "date must look like 2015-11-16 (got '" + text + "')");
        }
    }

    /** A boolean field of the JSON body (JsonBody reads text and numbers only). */
    static boolean flag(Context ctx, String field, boolean fallback) {
        try {
            JsonNode node = Json.mapper().readTree(ctx.bodyAsBytes()).path(field);
            if (node.isMissingNode() || node.isNull()) {
                return fallback;
            }
            if (!node.isBoolean()) {
                throw new InvalidInputException(field, field + " must be true or false");
            }
            return node.asBoolean();
        } catch (IOException e) {
            throw new InvalidInputException(null, "The request body is not valid JSON: " + e.getMessage());
        }
    }

    static void docx(Context ctx, byte[] bytes, String name) {
        ctx.contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", "attachment; filename=\"" + name + "-" + ctx.pathParam("id").substring(0, 8)
                        + ".docx\"")
                .result(bytes);
    }

    private void list(Context ctx) {
        Page<CaseSummary> page = cases.list(CurrentUser.of(ctx), Optional.ofNullable(ctx.queryParam("status"))
                .filter(s -> !s.isBlank()).map(CaseStatus::parse), Page.number(ctx.queryParam("page")),
                Page.size(ctx.queryParam("size")));
        ctx.json(Map.of("total", page.total(), "page", page.number(), "size", page.size(),
                "items", page.items().stream().map(UrgentJson::summary).toList()));
    }

    private void create(Context ctx) {
        UUID id = cases.create(CurrentUser.of(ctx), UrgentJson.caseDraft(JsonBody.of(ctx)));
        ctx.status(201).header("Location", BASE + "/" + id).json(Map.of("id", id));
    }

    private void read(Context ctx) {
        User user = CurrentUser.of(ctx);
        UrgentCase urgent = cases.view(user, id(ctx));
        ctx.json(UrgentJson.json(urgent, wgeid.missing(user, urgent.id()), cases));
    }

    private void update(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = id(ctx);
        JsonBody body = JsonBody.of(ctx);
        int version = body.version().orElseThrow(() -> new InvalidInputException("version",
                "send the version you edited (optimistic locking)"));
        cases.update(user, id, version, UrgentJson.caseDraft(body));
        read(ctx);
    }

    private void addPerson(Context ctx) {
        UUID person = JsonBody.of(ctx).id("person_id").orElseThrow(() -> new InvalidInputException("person_id",
                "person_id is required"));
        cases.addPerson(CurrentUser.of(ctx), id(ctx), person);
        ctx.status(201).json(Map.of("case_id", id(ctx), "person_id", person));
    }

    private void addEvent(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID event = cases.addEvent(user, id(ctx), UrgentJson.event(JsonBody.of(ctx)));
        ctx.status(201).json(Map.of("id", event, "risk", cases.view(user, id(ctx)).risk().code()));
    }

    private void override(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        cases.override(CurrentUser.of(ctx), id(ctx), body.id("person_id"), RiskLevel.parse(body.requiredText("level")),
                body.text("reason").orElse(""));
        read(ctx);
    }

    private void history(Context ctx) {
        ctx.json(cases.history(CurrentUser.of(ctx), id(ctx)).stream().map(change -> {
            Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("at", change.at().toString());
            json.put("person_id", change.personId().orElse(null));
            json.put("from", change.from().code());
            json.put("to", change.to().code());
            json.put("cause", change.cause());
            json.put("actor", change.actor());
            return json;
        }).toList());
    }

    private void addIntervention(Context ctx) {
        UUID id = actions.addIntervention(CurrentUser.of(ctx), id(ctx), UrgentJson.intervention(JsonBody.of(ctx)));
        ctx.status(201).json(Map.of("id", id));
    }

    private void updateIntervention(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID intervention = Ids.parse(ctx.pathParam("intervention"), "intervention");
        JsonBody body = JsonBody.of(ctx);
        int version = body.version().orElseThrow(() -> new InvalidInputException("version",
                "send the version you edited (optimistic locking)"));
        actions.updateIntervention(user, id(ctx), intervention, version, UrgentJson.intervention(body));
        ctx.json(UrgentJson.intervention(actions.intervention(user, id(ctx), intervention)));
    }

    private void addDeadline(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        UUID id = actions.addDeadline(CurrentUser.of(ctx), id(ctx), DeadlineKind.parse(body.requiredText("kind")),
                body.date("due_on").orElseThrow(() -> new InvalidInputException("due_on", "due_on is required")),
                body.text("label"));
        ctx.status(201).json(Map.of("id", id));
    }

    private void communication(Context ctx) {
        User user = CurrentUser.of(ctx);
        WgeidCommunication c = wgeid.communication(user, id(ctx));
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("steps_recorded", c.stepsRecorded());
        json.put("steps_taken", c.stepsTaken().orElse(null));
        json.put("submitter_id", c.submitterId().orElse(null));
        json.put("submitter", c.submitterName().orElse(null));
        json.put("submitter_contact", c.submitterContact().orElse(null));
        json.put("family_consent", c.familyConsent());
        json.put("version", c.version());
        json.put("missing_communication_elements", wgeid.missing(user, id(ctx)).stream().map(WgeidElement::code).toList());
        ctx.json(json);
    }

    private void saveCommunication(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        wgeid.save(CurrentUser.of(ctx), id(ctx), body.version().orElse(0), new WgeidService.Draft(body.text("steps_taken"),
                body.id("submitter_id"), body.text("submitter_contact"), flag(ctx, "family_consent", false)));
        communication(ctx);
    }
}
