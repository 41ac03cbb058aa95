package org.kirok.urgent;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.event.FuzzyDateParser;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.ConflictException;
import org.kirok.store.Confidentiality;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.Page;
import org.kirok.vocabulary.Vocabularies;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.QueryString;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * The urgent-case pages: the list, a case with its timeline, route map, risk and history, persons, interventions
 * and deadlines, the WGEID communication, and the "due today" board. Forms post back here and redirect (or show
 * the form again with the error and everything typed).
 */
public final class UrgentPages implements Feature {
    private final Urgent urgent;
    private final Templates templates;
    private final Vocabularies vocabularies;

    public UrgentPages(Urgent urgent, Templates templates, Vocabularies vocabularies) {
        this.urgent = urgent;
        this.templates = templates;
        this.vocabularies = vocabularies;
    }

    @Override
    public void routes(Router router) {
        new ReminderScheduler(urgent.mail()).start();
        router.get("/urgent-cases", Permission.READ_RECORDS, "Urgent cases", this::list);
        router.get("/urgent-cases/new", Permission.WRITE_RECORDS, "Open an urgent case (form)",
                ctx -> caseForm(ctx, "/urgent-cases", FormValues.empty(), ""));
        router.post("/urgent-cases", Permission.WRITE_RECORDS, "Open an urgent case", this::create);
        router.get("/urgent-cases/{id}", Permission.READ_RECORDS, "An urgent case", ctx -> show(ctx, FormValues.empty(), ""));
        router.get("/urgent-cases/{id}/edit", Permission.WRITE_RECORDS, "Edit an urgent case (form)", this::edit);
        router.post("/urgent-cases/{id}", Permission.WRITE_RECORDS, "Update an urgent case", this::update);
        router.get("/urgent-cases/{id}/route.svg", Permission.READ_RECORDS, "The route map of a case (SVG)", this::map);
        router.post("/urgent-cases/{id}/persons", Permission.WRITE_RECORDS, "Add a person at risk", ctx -> act(ctx, () ->
                urgent.cases().addPerson(CurrentUser.of(ctx), UrgentApi.id(ctx), FormValues.of(ctx).id("person_id")
                        .orElseThrow(() -> new InvalidInputException("person_id", "choose a person from the suggestions")))));
        router.post("/urgent-cases/{id}/persons/{person}/remove", Permission.WRITE_RECORDS, "Remove a person",
                ctx -> act(ctx, () -> urgent.cases().removePerson(CurrentUser.of(ctx), UrgentApi.id(ctx),
                        Ids.parse(ctx.pathParam("person"), "person"))));
        router.post("/urgent-cases/{id}/events", Permission.WRITE_RECORDS, "Add a custody event", this::addEvent);
        router.post("/urgent-cases/{id}/events/{event}/delete", Permission.WRITE_RECORDS, "Remove a custody event",
                ctx -> act(ctx, () -> urgent.cases().deleteEvent(CurrentUser.of(ctx), UrgentApi.id(ctx),
                        Ids.parse(ctx.pathParam("event"), "event"))));
        router.post("/urgent-cases/{id}/override", Permission.WRITE_RECORDS, "Override the risk", ctx -> act(ctx, () -> {
            FormValues form = FormValues.of(ctx);
            urgent.cases().override(CurrentUser.of(ctx), UrgentApi.id(ctx), form.id("person_id"),
                    RiskLevel.parse(form.get("level")), form.get("reason"));
        }));
        router.post("/urgent-cases/{id}/override/clear", Permission.WRITE_RECORDS, "Return to the computed risk",
                ctx -> act(ctx, () -> urgent.cases().clearOverride(CurrentUser.of(ctx), UrgentApi.id(ctx),
                        FormValues.of(ctx).id("person_id"))));
        router.post("/urgent-cases/{id}/interventions", Permission.ADVOCACY, "Record an intervention", ctx -> act(ctx, () ->
                urgent.actions().addIntervention(CurrentUser.of(ctx), UrgentApi.id(ctx), intervention(FormValues.of(ctx)))));
        router.post("/urgent-cases/{id}/interventions/{intervention}/response", Permission.ADVOCACY,
                "Record the response to an intervention", this::response);
        router.get("/urgent-cases/{id}/interventions/{intervention}/letter.docx", Permission.ADVOCACY,
                "The intervention's letter (DOCX)", ctx -> UrgentApi.docx(ctx, urgent.letters().interventionLetter(
                        CurrentUser.of(ctx), UrgentApi.id(ctx), Ids.parse(ctx.pathParam("intervention"), "intervention"),
                        Templates.language(ctx)), "letter"));
        router.post("/urgent-cases/{id}/deadlines", Permission.ADVOCACY, "Add a deadline", ctx -> act(ctx, () -> {
            FormValues form = FormValues.of(ctx);
            urgent.actions().addDeadline(CurrentUser.of(ctx), UrgentApi.id(ctx), DeadlineKind.parse(form.get("kind")),
                    form.date("due_on").orElseThrow(() -> new InvalidInputException("due_on", "due_on is required")),
                    form.text("label"));
        }));
        router.post("/urgent-cases/{id}/deadlines/{deadline}/done", Permission.ADVOCACY, "Mark a deadline done",
                ctx -> {
                    urgent.actions().completeDeadline(CurrentUser.of(ctx), UrgentApi.id(ctx),
                            Ids.parse(ctx.pathParam("deadline"), "deadline"));
                    String back = FormValues.of(ctx).get("back");
                    ctx.redirect(back.equals("/urgent/due") ? back : "/urgent-cases/" + UrgentApi.id(ctx));
                });
        router.get("/urgent-cases/{id}/communication", Permission.READ_RECORDS, "The WGEID communication",
                ctx -> communication(ctx, Optional.empty(), ""));
        router.post("/urgent-cases/{id}/communication", Permission.ADVOCACY, "Save the WGEID communication",
                this::saveCommunication);
        router.get("/urgent-cases/{id}/communication.docx", Permission.ADVOCACY, "The WGEID communication (DOCX)",
                ctx -> UrgentApi.docx(ctx, urgent.letters().wgeidCommunication(CurrentUser.of(ctx), UrgentApi.id(ctx),
                        Templates.language(ctx)), "wgeid-communication"));
        router.get("/urgent/related", Permission.READ_RECORDS, "Urgent cases of a person (fragment)",
                ctx -> templates.render(ctx, "urgent/related.jte", Map.of("cases",
                        urgent.cases().ofPerson(CurrentUser.of(ctx), Ids.parse(ctx.queryParam("person"), "person")))));
        router.get("/urgent/due", Permission.READ_RECORDS, "Due today", ctx -> templates.render(ctx, "urgent/due.jte",
                Map.of("deadlines", urgent.actions().dueBy(CurrentUser.of(ctx), LocalDate.now()), "today", LocalDate.now())));
        router.get("/lookup/urgent-cases", Permission.READ_RECORDS, "Type-ahead for urgent cases", this::lookup);
    }

    private void list(Context ctx) {
        Optional<CaseStatus> status = Optional.ofNullable(ctx.queryParam("status")).filter(s -> !s.isBlank())
                .map(CaseStatus::parse).or(() -> ctx.queryParam("status") == null ? Optional.of(CaseStatus.OPEN) : Optional.empty());
        Page<CaseSummary> page = urgent.cases().list(CurrentUser.of(ctx), status, Page.number(ctx.queryParam("page")),
                Page.DEFAULT_SIZE);
        templates.render(ctx, "urgent/list.jte", Map.of("list", page, "status", status.map(CaseStatus::code).orElse(""),
                "baseQuery", QueryString.without(ctx, "page"), "due", urgent.actions().dueBy(CurrentUser.of(ctx),
                        LocalDate.now()).size()));
    }

    private void caseForm(Context ctx, String action, FormValues values, String error) {
        templates.render(ctx, "urgent/form.jte", Map.of("action", action, "values", values, "error", error));
    }

    private static CaseDraft draft(FormValues form) {
        return new CaseDraft(form.get("title"), form.text("notes"),
                form.text("status").map(CaseStatus::parse).orElse(CaseStatus.OPEN),
                form.text("confidentiality").map(Confidentiality::parse).orElse(Confidentiality.INTERNAL),
                form.id("organisation_id"));
    }

    private void create(Context ctx) {
        FormValues values = FormValues.of(ctx);
        try {
            UUID id = urgent.cases().create(CurrentUser.of(ctx), draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/urgent-cases/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            caseForm(ctx, "/urgent-cases", values, FormErrors.message(ctx, e));
        }
    }

    private void edit(Context ctx) {
        UrgentCase c = urgent.cases().view(CurrentUser.of(ctx), UrgentApi.id(ctx));
        Map<String, Object> values = new HashMap<>();
        values.put("title", c.title());
        values.put("notes", c.notes());
        values.put("status", c.status().code());
        values.put("confidentiality", c.confidentiality().code());
        values.put("organisation_id", c.organisationId());
        values.put("version", c.version());
        caseForm(ctx, "/urgent-cases/" + c.id(), FormValues.from(values), "");
    }

    private void update(Context ctx) {
        UUID id = UrgentApi.id(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            urgent.cases().update(CurrentUser.of(ctx), id, values.version(), draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/urgent-cases/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            caseForm(ctx, "/urgent-cases/" + id, values, FormErrors.message(ctx, e));
        }
    }

    /** Runs a form action and returns to the case page; an invalid input shows the page with the error. */
    private void act(Context ctx, Runnable action) {
        try {
            action.run();
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/urgent-cases/" + UrgentApi.id(ctx));
        } catch (InvalidInputException e) {
            ctx.status(400);
            show(ctx, FormValues.of(ctx), FormErrors.message(ctx, e));
        }
    }

    private void show(Context ctx, FormValues values, String error) {
        User user = CurrentUser.of(ctx);
        UrgentCase c = urgent.cases().view(user, UrgentApi.id(ctx));
        List<CasePage.EventLine> lines = new ArrayList<>();
        for (CustodyEvent event : c.events()) {
            lines.add(new CasePage.EventLine(event, urgent.cases().facts(event), c.labelsOf(event),
                    event.reliabilityId().map(r -> vocabularies.label(r, Templates.language(ctx))).orElse("")));
        }
        CasePage model = new CasePage(c, lines, urgent.cases().history(user, c.id()),
                urgent.actions().interventions(user, c.id()), urgent.actions().deadlines(user, c.id()),
                urgent.wgeid().missing(user, c.id()), vocabularies.activeTerms("reliability"), LocalDate.now());
        templates.render(ctx, "urgent/show.jte", Map.of("c", model, "values", values, "error", error));
    }

    private void addEvent(Context ctx) {
        FormValues form = FormValues.of(ctx);
        act(ctx, () -> urgent.cases().addEvent(CurrentUser.of(ctx), UrgentApi.id(ctx), event(form)));
    }

    static UrgentCaseService.EventInput event(FormValues form) {
        Optional<PlaceInput> place = form.id("place_id").<PlaceInput>map(PlaceInput.Existing::new)
                .or(() -> form.text("place_name").map(name -> new PlaceInput.Named(name, form.get("place_country"),
                        form.number("place_lat"), form.number("place_lon"))));
        List<UUID> persons = UrgentJson.ids(form.list("person_ids"), "person_ids");
        return new UrgentCaseService.EventInput(CustodyType.parse(form.get("type")),
                FuzzyDateParser.parse(form.get("date"), "date"), place, form.text("holder_name"), form.id("holder_id"),
                form.id("source_id"), form.text("source_note"), form.text("reliability"), form.text("notes"), persons);
    }

    private static Intervention intervention(FormValues form) {
        List<Intervention.Cosigner> cosigners = new ArrayList<>();
        for (String key : List.of("cosigner_1", "cosigner_2", "cosigner_3")) {
            form.id(key).ifPresent(id -> cosigners.add(new Intervention.Cosigner(id, "")));
        }
        return new Intervention(UUID.randomUUID(), UUID.randomUUID(), InterventionKind.parse(form.get("kind")),
                form.get("subject"), form.get("recipients"), Channel.parse(form.text("channel").orElse("email")),
                form.date("sent_on"), form.date("response_due"), Optional.empty(), Optional.empty(), cosigners, 0);
    }

    private void response(Context ctx) {
        act(ctx, () -> {
            User user = CurrentUser.of(ctx);
            UUID id = Ids.parse(ctx.pathParam("intervention"), "intervention");
            Intervention i = urgent.actions().intervention(user, UrgentApi.id(ctx), id);
            FormValues form = FormValues.of(ctx);
            urgent.actions().updateIntervention(user, i.caseId(), id, i.version(), new Intervention(i.id(), i.caseId(),
                    i.kind(), i.subject(), i.recipients(), i.channel(), i.sentOn().or(() -> form.date("sent_on")),
                    i.responseDue(), form.text("response"), form.date("response_on").or(() -> Optional.of(LocalDate.now())),
                    i.cosigners(), i.version()));
        });
    }

    private void map(Context ctx) {
        UrgentCase c = urgent.cases().view(CurrentUser.of(ctx), UrgentApi.id(ctx));
        String language = Templates.language(ctx);
        ctx.contentType("image/svg+xml; charset=utf-8").result(RouteMap.svg(RouteMap.stops(c.events(), language),
                BorderLine.dprkChina(), "ko".equals(language) ? "좌표가 있는 장소가 아직 없습니다" : "No place with coordinates yet"));
    }

    private void communication(Context ctx, Optional<FormValues> typed, String error) {
        User user = CurrentUser.of(ctx);
        UrgentCase c = urgent.cases().view(user, UrgentApi.id(ctx));
        WgeidCommunication communication = urgent.wgeid().communication(user, c.id());
        Map<String, Object> stored = new HashMap<>();
        stored.put("steps_taken", communication.stepsTaken());
        stored.put("submitter_id", communication.submitterId());
        stored.put("submitter_id_label", communication.submitterName());
        stored.put("submitter_contact", communication.submitterContact());
        stored.put("family_consent", communication.familyConsent() ? "on" : "");
        stored.put("version", communication.version());
        templates.render(ctx, "urgent/communication.jte", Map.of("c", c, "communication", communication,
                "missing", urgent.wgeid().missing(user, c.id()), "values", typed.orElse(FormValues.from(stored)),
                "error", error));
    }

    private void saveCommunication(Context ctx) {
        FormValues form = FormValues.of(ctx);
        try {
            urgent.wgeid().save(CurrentUser.of(ctx), UrgentApi.id(ctx), form.integer("version").orElse(0),
                    new WgeidService.Draft(form.text("steps_taken"), form.id("submitter_id"), form.text("submitter_contact"),
                            form.checked("family_consent")));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/urgent-cases/" + UrgentApi.id(ctx) + "/communication");
        } catch (InvalidInputException | ConflictException e) {
            ctx.status(400);
            communication(ctx, Optional.of(form), e instanceof InvalidInputException invalid
                    ? FormErrors.message(ctx, invalid) : e.getMessage());
        }
    }

    private void lookup(Context ctx) {
        String query = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip().toLowerCase(java.util.Locale.ROOT);
        ctx.json(urgent.cases().list(CurrentUser.of(ctx), Optional.empty(), 1, 500).items().stream()
                .filter(c -> !query.isEmpty() && (c.code().toLowerCase(java.util.Locale.ROOT).contains(query)
                        || c.title().toLowerCase(java.util.Locale.ROOT).contains(query)))
                .limit(12).map(c -> Map.of("id", c.id(), "label", c.code() + " " + c.title())).toList());
    }
}
