package org.kirok.place;

import io.javalin.http.Context;
import java.util.HashMap;
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

/** The place pages: filtered list, place page (breadcrumbs, children, facilities), forms, and the two type-aheads. */
public final class PlaceRoutes implements Feature {
    private final PlaceService places;
    private final PlaceForm forms;
    private final Templates templates;

    public PlaceRoutes(PlaceService places, Templates templates) {
        this.places = places;
        this.forms = new PlaceForm(places);
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/places", Permission.READ_RECORDS, "Place list", this::list);
        router.get("/places/new", Permission.MANAGE_REFERENCE, "New place form", this::newForm);
        router.post("/places", Permission.MANAGE_REFERENCE, "Create a place", this::create);
        router.get("/places/{id}", Permission.READ_RECORDS, "Place page", this::show);
        router.get("/places/{id}/edit", Permission.MANAGE_REFERENCE, "Edit place form", this::edit);
        router.post("/places/{id}", Permission.MANAGE_REFERENCE, "Update a place", this::update);
        router.get("/lookup/places", Permission.READ_RECORDS, "Type-ahead for places", ctx -> lookup(ctx, false));
        router.get("/lookup/facilities", Permission.READ_RECORDS, "Type-ahead for detention facilities",
                ctx -> lookup(ctx, true));
    }

    private void list(Context ctx) {
        PlaceFilter filter = PlaceQuery.filter(ctx);
        Page<Place> page = places.list(filter, Page.number(ctx.queryParam("page")), Page.DEFAULT_SIZE);
        Map<String, Object> data = new HashMap<>();
        data.put("list", page);
        data.put("filter", new FormValues(ctx.queryParamMap()));
        data.put("under", filter.under().map(places::view));
        data.put("baseQuery", QueryString.without(ctx, "page"));
        templates.render(ctx, "place/list.jte", data);
    }

    private void show(Context ctx) {
        Place place = places.view(Ids.parse(ctx.pathParam("id"), "place"));
        templates.render(ctx, "place/show.jte", Map.of("place", place, "children", places.children(place.id()),
                "facilities", places.facilitiesWithin(place.id()),
                "facilityType", place.facility().map(f -> places.vocabularies().label(f.typeId(), Templates.language(ctx)))
                        .orElse("")));
    }

    private void newForm(Context ctx) {
        Map<String, Object> values = new HashMap<>();
        values.put("level", Optional.ofNullable(ctx.queryParam("level")).orElse("locality"));
        Optional.ofNullable(ctx.queryParam("parent")).flatMap(Ids::parseOptional).map(places::view).ifPresent(parent -> {
            values.put("parent_id", parent.id());
            values.put("parent_id_label", parent.label(Templates.language(ctx)));
            values.put("country_code", parent.countryCode());
        });
        form(ctx, "/places", Messages.of(Templates.language(ctx)).t("place.new"), FormValues.from(values), "");
    }

    private void create(Context ctx) {
        FormValues values = FormValues.of(ctx);
        try {
            UUID id = places.create(CurrentUser.of(ctx).actor(), forms.draft(values), forms.facility(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/places/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/places", Messages.of(Templates.language(ctx)).t("place.new"), values, FormErrors.message(ctx, e));
        }
    }

    private void edit(Context ctx) {
        Place place = places.view(Ids.parse(ctx.pathParam("id"), "place"));
        form(ctx, "/places/" + place.id(), place.name(Templates.language(ctx)),
                PlaceForm.values(place, Templates.language(ctx)), "");
    }

    private void update(Context ctx) {
        UUID id = Ids.parse(ctx.pathParam("id"), "place");
        Place place = places.view(id);
        FormValues values = FormValues.of(ctx);
        try {
            places.update(CurrentUser.of(ctx).actor(), id, values.version(), forms.draft(values), forms.facility(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/places/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/places/" + id, place.name(Templates.language(ctx)), values, FormErrors.message(ctx, e));
        }
    }

    private void lookup(Context ctx, boolean facilities) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        ctx.json(PlaceJson.lookup(places.lookup(q, facilities, 12), Templates.language(ctx)));
    }

    private void form(Context ctx, String action, String title, FormValues values, String error) {
        templates.render(ctx, "place/form.jte", Map.of("action", action, "title", title, "values", values,
                "error", error, "facilityTypes", places.vocabularies().activeTerms(PlaceService.FACILITY_TYPES)));
    }
}
