package org.kirok.event;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.Page;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.JsonBody;
import org.kirok.web.Messages;
import org.kirok.web.QueryString;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/** Event pages, the events lookup, and {@code /api/v1/events}. */
public final class EventRoutes implements Feature {
    private final EventService events;
    private final Templates templates;

    public EventRoutes(EventService events, Templates templates) {
        this.events = events;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/events", Permission.READ_RECORDS, "Event list", this::list);
        router.get("/events/new", Permission.WRITE_RECORDS, "New event form",
                ctx -> form(ctx, "/events", Messages.of(CurrentUser.of(ctx).locale()).t("event.new"), FormValues.empty(), ""));
        router.post("/events", Permission.WRITE_RECORDS, "Create an event", this::create);
        router.get("/events/{id}", Permission.READ_RECORDS, "Event page", this::show);
        router.get("/events/{id}/edit", Permission.WRITE_RECORDS, "Edit event form", this::edit);
        router.post("/events/{id}", Permission.WRITE_RECORDS, "Update an event", this::update);
        router.get("/lookup/events", Permission.READ_RECORDS, "Type-ahead for events", this::lookup);
        router.post("/api/v1/events", Permission.WRITE_RECORDS, "Create an event", this::apiCreate);
        router.get("/api/v1/events", Permission.READ_RECORDS, "List events (q, page)", this::apiList);
        router.get("/api/v1/events/{id}", Permission.READ_RECORDS, "One event", this::apiRead);
    }

    private void list(Context ctx) {
        Page<EventView> page = events.list(CurrentUser.of(ctx), text(ctx), Page.number(ctx.queryParam("page")), Page.DEFAULT_SIZE);
        templates.render(ctx, "event/list.jte", Map.of("list", page, "filter", new FormValues(ctx.queryParamMap()),
                "baseQuery", QueryString.without(ctx, "page")));
    }

    private void show(Context ctx) {
        templates.render(ctx, "event/show.jte", Map.of("event",
                events.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "event"))));
    }

    private void edit(Context ctx) {
        EventView event = events.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "event"));
        Map<String, Object> values = new HashMap<>();
        values.put("title", event.title());
        values.put("description", event.description());
        values.put("date", event.date().known() ? event.date().toString() : "");
        values.put("place_id", event.placeId());
        values.put("place_id_label", event.placePath());
        values.put("confidentiality", event.confidentiality().code());
        values.put("external_id", event.externalId());
        values.put("version", event.version());
        form(ctx, "/events/" + event.id(), event.title(), FormValues.from(values), "");
    }

    private void create(Context ctx) {
        User user = CurrentUser.of(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            UUID id = events.create(user.actor(), draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/events/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/events", Messages.of(user.locale()).t("event.new"), values, FormErrors.message(ctx, e));
        }
    }

    private void update(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = Ids.parse(ctx.pathParam("id"), "event");
        FormValues values = FormValues.of(ctx);
        try {
            events.update(user, id, values.version(), draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/events/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/events/" + id, values.get("title"), values, FormErrors.message(ctx, e));
        }
    }

    private static EventDraft draft(FormValues form) {
        return new EventDraft(form.get("title"), form.text("description"), FuzzyDateParser.parse(form.get("date")),
                form.id("place_id"), java.util.Optional.empty(),
                form.text("confidentiality").map(Confidentiality::parse).orElse(Confidentiality.INTERNAL),
                form.text("external_id"));
    }

    private void lookup(Context ctx) {
        List<Map<String, Object>> found = events.list(CurrentUser.of(ctx), text(ctx), 1, 12).items().stream()
                .map(e -> Map.<String, Object>of("id", e.id(), "label", e.title())).toList();
        ctx.json(found);
    }

    private void apiCreate(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        UUID id = events.create(CurrentUser.of(ctx).actor(), new EventDraft(body.text("title").orElse(""),
                body.text("description"), FuzzyDateParser.parse(body.text("date").orElse("")), body.id("place_id"),
                body.id("organisation_id"), body.text("confidentiality").map(Confidentiality::parse)
                .orElse(Confidentiality.INTERNAL), body.text("external_id")));
        ctx.status(201).json(Map.of("id", id));
    }

    private void apiList(Context ctx) {
        Page<EventView> page = events.list(CurrentUser.of(ctx), text(ctx), Page.number(ctx.queryParam("page")),
                Page.size(ctx.queryParam("size")));
        ctx.json(Map.of("total", page.total(), "page", page.number(), "items", page.items().stream().map(EventRoutes::json).toList()));
    }

    private void apiRead(Context ctx) {
        ctx.json(json(events.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "event"))));
    }

    private static Map<String, Object> json(EventView e) {
        Map<String, Object> json = new HashMap<>();
        json.put("id", e.id());
        json.put("title", e.title());
        json.put("description", e.description().orElse(null));
        json.put("date", e.date().toString());
        json.put("place_id", e.placeId().orElse(null));
        json.put("place", e.placePath().orElse(null));
        json.put("confidentiality", e.confidentiality().code());
        json.put("act_count", e.actCount());
        json.put("version", e.version());
        return json;
    }

    private static String text(Context ctx) {
        return ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    }

    private void form(Context ctx, String action, String title, FormValues values, String error) {
        templates.render(ctx, "event/form.jte", Map.of("action", action, "title", title, "values", values, "error", error));
    }
}
