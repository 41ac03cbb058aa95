package org.kirok.organisation;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
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

/** The organisation pages: filtered list, organisation page with its units, forms, and the type-ahead. */
public final class OrganisationRoutes implements Feature {
    private final OrganisationService organisations;
    private final Templates templates;

    public OrganisationRoutes(OrganisationService organisations, Templates templates) {
        this.organisations = organisations;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/organisations", Permission.READ_RECORDS, "Organisation list", this::list);
        router.get("/organisations/new", Permission.MANAGE_REFERENCE, "New organisation form", this::newForm);
        router.post("/organisations", Permission.MANAGE_REFERENCE, "Create an organisation", this::create);
        router.get("/organisations/{id}", Permission.READ_RECORDS, "Organisation page", this::show);
        router.get("/organisations/{id}/edit", Permission.MANAGE_REFERENCE, "Edit organisation form", this::edit);
        router.post("/organisations/{id}", Permission.MANAGE_REFERENCE, "Update an organisation", this::update);
        router.get("/lookup/organisations", Permission.READ_RECORDS, "Type-ahead for organisations", this::lookup);
    }

    private void list(Context ctx) {
        Page<Organisation> page = organisations.list(OrganisationApi.filter(ctx), Page.number(ctx.queryParam("page")),
                Page.DEFAULT_SIZE);
        templates.render(ctx, "organisation/list.jte", Map.of("list", page, "filter", new FormValues(ctx.queryParamMap()),
                "baseQuery", QueryString.without(ctx, "page")));
    }

    private void show(Context ctx) {
        Organisation organisation = organisations.view(Ids.parse(ctx.pathParam("id"), "organisation"));
        templates.render(ctx, "organisation/show.jte", Map.of("organisation", organisation,
                "units", organisations.units(organisation.id())));
    }

    private void newForm(Context ctx) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("kind", "state_organ");
        Optional.ofNullable(ctx.queryParam("parent")).flatMap(Ids::parseOptional).map(organisations::view)
                .ifPresent(parent -> {
                    values.put("parent_id", parent.id());
                    values.put("parent_id_label", parent.label(Templates.language(ctx)));
                    values.put("kind", parent.kind().code());
                    parent.countryCode().ifPresent(c -> values.put("country_code", c));
                });
        form(ctx, "/organisations", Messages.of(Templates.language(ctx)).t("organisation.new"), FormValues.from(values), "");
    }

    private void create(Context ctx) {
        FormValues values = FormValues.of(ctx);
        try {
            UUID id = organisations.create(CurrentUser.of(ctx).actor(), OrganisationJson.draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/organisations/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/organisations", Messages.of(Templates.language(ctx)).t("organisation.new"), values,
                    FormErrors.message(ctx, e));
        }
    }

    private void edit(Context ctx) {
        Organisation organisation = organisations.view(Ids.parse(ctx.pathParam("id"), "organisation"));
        form(ctx, "/organisations/" + organisation.id(), organisation.name(Templates.language(ctx)),
                OrganisationJson.values(organisation), "");
    }

    private void update(Context ctx) {
        Organisation organisation = organisations.view(Ids.parse(ctx.pathParam("id"), "organisation"));
        FormValues values = FormValues.of(ctx);
        try {
            organisations.update(CurrentUser.of(ctx).actor(), organisation.id(), values.version(),
                    OrganisationJson.draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/organisations/" + organisation.id());
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/organisations/" + organisation.id(), organisation.name(Templates.language(ctx)), values,
                    FormErrors.message(ctx, e));
        }
    }

    private void lookup(Context ctx) {
        String language = Templates.language(ctx);
        ctx.json(organisations.lookup(Optional.ofNullable(ctx.queryParam("q")).orElse(""), 12).stream()
                .map(o -> Map.of("id", o.id(), "label", o.label(language))).toList());
    }

    private void form(Context ctx, String action, String title, FormValues values, String error) {
        templates.render(ctx, "organisation/form.jte", Map.of("action", action, "title", title, "values", values,
                "error", error));
    }
}
