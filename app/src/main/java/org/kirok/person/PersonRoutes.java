package org.kirok.person;

import io.javalin.http.Context;
import java.util.Map;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.Page;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.Messages;
import org.kirok.web.QueryString;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/** The person pages: list with filters, detail, create and edit forms, and the type-ahead lookup. */
public final class PersonRoutes implements Feature {
    private final PersonService persons;
    private final Erasure erasure;
    private final PersonQuery query;
    private final Templates templates;

    public PersonRoutes(PersonService persons, Erasure erasure, Templates templates) {
        this.persons = persons;
        this.erasure = erasure;
        this.query = new PersonQuery(persons);
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/persons", Permission.READ_RECORDS, "Person list", this::list);
        router.get("/persons/new", Permission.WRITE_RECORDS, "New person form", ctx -> form(ctx, "/persons",
                Messages.of(Templates.language(ctx)).t("person.new"), FormValues.empty(), ""));
        router.post("/persons", Permission.WRITE_RECORDS, "Create a person", this::create);
        router.get("/persons/{id}", Permission.READ_RECORDS, "Person page", this::show);
        router.get("/persons/{id}/edit", Permission.WRITE_RECORDS, "Edit person form", this::edit);
        router.post("/persons/{id}", Permission.WRITE_RECORDS, "Update a person", this::update);
        router.get("/lookup/persons", Permission.READ_RECORDS, "Type-ahead for persons", this::lookup);
        router.post("/persons/{id}/erase", Permission.DELETE_RECORDS, "Erase a person's identity", ctx -> {
            UUID id = Ids.parse(ctx.pathParam("id"), "person");
            erasure.erase(CurrentUser.of(ctx), id, ctx.formParam("reason"));
            Templates.notice(ctx, "person.erased_done");
            ctx.redirect("/persons/" + id);
        });
        router.post("/persons/{id}/legal-hold", Permission.DELETE_RECORDS, "Put or lift a legal hold", ctx -> {
            UUID id = Ids.parse(ctx.pathParam("id"), "person");
            erasure.setLegalHold(CurrentUser.of(ctx), id, "on".equals(ctx.formParam("hold")));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/persons/" + id);
        });
    }

    private void list(Context ctx) {
        Page<PersonView> page = persons.list(CurrentUser.of(ctx), query.filter(ctx), Page.number(ctx.queryParam("page")),
                Page.DEFAULT_SIZE);
        templates.render(ctx, "person/list.jte", Map.of("list", page, "filter", new FormValues(ctx.queryParamMap()),
                "baseQuery", QueryString.without(ctx, "page")));
    }

    private void show(Context ctx) {
        PersonView person = persons.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "person"));
        templates.render(ctx, "person/show.jte", Map.of("person", person));
    }

    private void edit(Context ctx) {
        PersonView person = persons.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "person"));
        if (!person.identityVisible()) {
            throw new org.kirok.web.Forbidden("Editing a person needs identity access.");
        }
        form(ctx, "/persons/" + person.id(), person.label(), PersonForm.values(person), "");
    }

    private void create(Context ctx) {
        User user = CurrentUser.of(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            UUID id = persons.create(user.actor(), PersonForm.draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/persons/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/persons", Messages.of(Templates.language(ctx)).t("person.new"), values, FormErrors.message(ctx, e));
        }
    }

    private void update(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = Ids.parse(ctx.pathParam("id"), "person");
        persons.view(user, id);
        FormValues values = FormValues.of(ctx);
        try {
            persons.update(user.actor(), id, values.version(), PersonForm.draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/persons/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/persons/" + id, PersonView.codeOf(id), values, FormErrors.message(ctx, e));
        }
    }

    private void lookup(Context ctx) {
        String q = ctx.queryParam("q");
        var found = persons.lookup(CurrentUser.of(ctx), q == null ? "" : q, 12);
        ctx.json(found.stream().map(p -> Map.of("id", p.id(), "label", p.label()
                + p.birthYear().map(y -> " (" + y + ")").orElse("") + " · " + p.code())).toList());
    }

    private void form(Context ctx, String action, String title, FormValues values, String error) {
        templates.render(ctx, "person/form.jte", Map.of("action", action, "title", title, "values", values, "error", error));
    }
}
