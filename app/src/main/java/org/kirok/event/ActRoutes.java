package org.kirok.event;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.person.PersonService;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.Page;
import org.kirok.testimony.TestimonyService;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.Messages;
import org.kirok.web.QueryString;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * The act pages and the coding workflow: on a testimony's page, acts are added in a few keystrokes (type, date,
 * place, perpetrator; the interviewee is the default victim and the testimony the source) and appear at once.
 */
public final class ActRoutes implements Feature {
    private final ActService acts;
    private final TestimonyService testimonies;
    private final PersonService persons;
    private final TermOptions terms;
    private final Templates templates;
    private final org.jdbi.v3.core.Jdbi jdbi;

    public ActRoutes(ActService acts, TestimonyService testimonies, PersonService persons, TermOptions terms,
                     Templates templates, org.jdbi.v3.core.Jdbi jdbi) {
        this.acts = acts;
        this.testimonies = testimonies;
        this.persons = persons;
        this.terms = terms;
        this.templates = templates;
        this.jdbi = jdbi;
    }

    @Override
    public void routes(Router router) {
        router.get("/acts", Permission.READ_RECORDS, "Act list", this::list);
        router.get("/acts/new", Permission.WRITE_RECORDS, "New act form", this::newForm);
        router.post("/acts", Permission.WRITE_RECORDS, "Code an act", this::create);
        router.get("/acts/related", Permission.READ_RECORDS, "Acts of a person, source, article or event (fragment)", this::related);
        router.post("/acts/quick", Permission.WRITE_RECORDS, "Code an act from a testimony (fragment)", this::quickCreate);
        router.get("/acts/{id}", Permission.READ_RECORDS, "Act page", this::show);
        router.get("/acts/{id}/edit", Permission.WRITE_RECORDS, "Edit act form", this::edit);
        router.post("/acts/{id}", Permission.WRITE_RECORDS, "Update an act", this::update);
        router.post("/acts/{id}/delete", Permission.DELETE_RECORDS, "Delete an act", this::delete);
    }

    private void list(Context ctx) {
        User user = CurrentUser.of(ctx);
        Page<ActView> page = acts.list(user, ActQuery.filter(ctx), user.locale(), Page.number(ctx.queryParam("page")),
                Page.DEFAULT_SIZE);
        templates.render(ctx, "act/list.jte", Map.of("list", page, "filter", new FormValues(ctx.queryParamMap()),
                "actTypes", terms.of("act_type"), "baseQuery", QueryString.without(ctx, "page")));
    }

    private void show(Context ctx) {
        User user = CurrentUser.of(ctx);
        templates.render(ctx, "act/show.jte", Map.of("act", acts.view(user, Ids.parse(ctx.pathParam("id"), "act"),
                user.locale())));
    }

    private void newForm(Context ctx) {
        User user = CurrentUser.of(ctx);
        Map<String, Object> values = new HashMap<>();
        Optional.ofNullable(ctx.queryParam("victim")).flatMap(Ids::parseOptional).ifPresent(victim -> {
            values.put("victim_id", victim);
            values.put("victim_id_label", label(user, victim));
        });
        form(ctx, "/acts", Messages.of(user.locale()).t("act.new"), FormValues.from(values), "");
    }

    private void edit(Context ctx) {
        User user = CurrentUser.of(ctx);
        ActView act = acts.view(user, Ids.parse(ctx.pathParam("id"), "act"), user.locale());
        form(ctx, "/acts/" + act.id(), act.caseCode(), ActForm.values(act), "");
    }

    private void create(Context ctx) {
        User user = CurrentUser.of(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            UUID id = acts.create(user, ActForm.draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/acts/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/acts", Messages.of(user.locale()).t("act.new"), values, FormErrors.message(ctx, e));
        }
    }

    private void update(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = Ids.parse(ctx.pathParam("id"), "act");
        FormValues values = FormValues.of(ctx);
        try {
            acts.update(user, id, values.version(), ActForm.draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/acts/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/acts/" + id, Messages.of(user.locale()).t("act.edit"), values, FormErrors.message(ctx, e));
        }
    }

    private void delete(Context ctx) {
        acts.delete(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "act"));
        Templates.notice(ctx, "common.deleted");
        ctx.redirect("/acts");
    }

    private void related(Context ctx) {
        User user = CurrentUser.of(ctx);
        ActFilter filter = ActQuery.filter(ctx);
        Optional<UUID> source = filter.sourceId();
        List<ActView> found = acts.list(user, filter, user.locale(), 1, 200).items();
        if (source.isPresent()) {
            templates.render(ctx, "act/quick.jte", quickModel(user, source.get(), defaults(user, source.get()), found, ""));
            return;
        }
        templates.render(ctx, "act/related.jte", Map.of("acts", found,
                "title", Messages.of(user.locale()).t(filter.victimId().isPresent() ? "person.acts_suffered" : "act.list")));
    }

    private void quickCreate(Context ctx) {
        User user = CurrentUser.of(ctx);
        FormValues values = FormValues.of(ctx);
        UUID source = Ids.parse(values.get("source_context"), "source");
        String error = "";
        FormValues next;
        try {
            acts.create(user, ActForm.draft(values));
            next = carryOver(values, defaults(user, source));
        } catch (InvalidInputException e) {
            ctx.status(ctx.header("HX-Request") != null ? 200 : 400);
            error = FormErrors.message(ctx, e);
            next = values;
        }
        if (ctx.header("HX-Request") == null) {
            if (error.isEmpty()) {
                Templates.notice(ctx, "common.saved");
            }
            ctx.redirect("/sources/" + source);
            return;
        }
        List<ActView> found = acts.list(user, ActFilter.none().withSource(source), user.locale(), 1, 200).items();
        templates.render(ctx, "act/quick.jte", quickModel(user, source, next, found, error));
    }

    /** After an act is added, the next one usually shares the victim, the source and its reliability. */
    private static FormValues carryOver(FormValues posted, Map<String, Object> defaults) {
        Map<String, Object> values = new HashMap<>(defaults);
        values.put("victim_id", posted.get("victim_id"));
        values.put("victim_id_label", posted.get("victim_id_label"));
        values.put("source_reliability", posted.list("source_reliability"));
        values.put("source_connection", posted.list("source_connection"));
        return FormValues.from(values);
    }

    private Map<String, Object> defaults(User user, UUID source) {
        Map<String, Object> values = new HashMap<>();
        values.put("source_id", List.of(source.toString()));
        jdbi.useHandle(handle -> handle.createQuery("SELECT reference_code FROM source WHERE id = :id").bind("id", source)
                .mapTo(String.class).findOne().ifPresent(ref -> values.put("source_label", List.of(ref))));
        testimonies.interviewee(user, source).ifPresent(interviewee -> {
            values.put("victim_id", interviewee);
            values.put("victim_id_label", label(user, interviewee));
            values.put("source_connection", List.of("victim"));
        });
        return values;
    }

    private Map<String, Object> quickModel(User user, UUID source, Object values, List<ActView> found, String error) {
        FormValues formValues = values instanceof FormValues f ? f : FormValues.from(castMap(values));
        return Map.of("sourceId", source.toString(), "values", formValues, "options", ActFormOptions.load(terms),
                "acts", found, "error", error, "testimony", testimonies.interviewee(user, source).isPresent());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object values) {
        return (Map<String, Object>) values;
    }

    private String label(User user, UUID person) {
        return jdbi.inTransaction(handle -> persons.labels(handle, user, List.of(person)).get(person));
    }

    private void form(Context ctx, String action, String title, FormValues values, String error) {
        templates.render(ctx, "act/form.jte", Map.of("action", action, "title", title, "values", values,
                "options", ActFormOptions.load(terms), "error", error));
    }
}
