package org.kirok.advocacy;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.Page;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.JsonBody;
import org.kirok.web.Router;

/** {@code /api/v1/advocacy/activities}, organisation memberships, {@code /api/v1/calendar} and its .ics export. */
public final class AdvocacyApi implements Feature {
    private final Advocacy advocacy;

    public AdvocacyApi(Advocacy advocacy) {
        this.advocacy = advocacy;
    }

    @Override
    public void routes(Router router) {
        router.get("/api/v1/advocacy/activities", Permission.READ_RECORDS, "The advocacy log (kind, organisation, theme, "
                + "case, page)", this::list);
        router.post("/api/v1/advocacy/activities", Permission.ADVOCACY, "Log an activity", ctx -> {
            UUID id = advocacy.activities().create(CurrentUser.of(ctx), AdvocacyJson.draft(JsonBody.of(ctx)));
            ctx.status(201).json(Map.of("id", id));
        });
        router.get("/api/v1/advocacy/activities/{id}", Permission.READ_RECORDS, "One activity", ctx -> ctx.json(
                AdvocacyJson.json(advocacy.activities().view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "activity")))));
        router.put("/api/v1/advocacy/activities/{id}", Permission.ADVOCACY, "Update an activity (send its version)", ctx -> {
            UUID id = Ids.parse(ctx.pathParam("id"), "activity");
            JsonBody body = JsonBody.of(ctx);
            int version = body.version().orElseThrow(() -> new InvalidInputException("version",
                    "send the version you edited (optimistic locking)"));
            advocacy.activities().update(CurrentUser.of(ctx), id, version, AdvocacyJson.draft(body));
            ctx.json(AdvocacyJson.json(advocacy.activities().view(CurrentUser.of(ctx), id)));
        });
        router.get("/api/v1/organisations/{id}/relations", Permission.READ_RECORDS, "Members, partners and memberships "
                + "of an organisation", ctx -> {
                    UUID id = Ids.parse(ctx.pathParam("id"), "organisation");
                    ctx.json(Map.of("members", advocacy.relations().members(id).stream().map(AdvocacyJson::json).toList(),
                            "member_of", advocacy.relations().memberships(id).stream().map(AdvocacyJson::json).toList()));
                });
        router.post("/api/v1/organisations/{id}/relations", Permission.MANAGE_REFERENCE, "Add a member or partner "
                + "(member_id, kind, since, until)", ctx -> {
                    JsonBody body = JsonBody.of(ctx);
                    UUID id = advocacy.relations().add(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "organisation"),
                            body.id("member_id").orElseThrow(() -> new InvalidInputException("member_id", "member_id is required")),
                            RelationKind.parse(body.text("kind").orElse("member")), body.date("since"), body.date("until"),
                            body.text("notes"));
                    ctx.status(201).json(Map.of("id", id));
                });
        router.delete("/api/v1/organisation-relations/{id}", Permission.MANAGE_REFERENCE, "Remove a membership", ctx -> {
            advocacy.relations().remove(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "membership"));
            ctx.status(204);
        });
        router.get("/api/v1/calendar", Permission.READ_RECORDS, "UN deadlines and sessions (from, to)", ctx -> ctx.json(
                advocacy.calendar().between(day(ctx, "from", LocalDate.now().minusMonths(1)),
                        day(ctx, "to", LocalDate.now().plusYears(2))).stream().map(AdvocacyJson::json).toList()));
        router.post("/api/v1/calendar", Permission.ADVOCACY, "Add a calendar entry", ctx -> {
            UUID id = advocacy.calendar().create(CurrentUser.of(ctx), AdvocacyJson.entry(JsonBody.of(ctx), UUID.randomUUID()));
            ctx.status(201).json(Map.of("id", id));
        });
        router.put("/api/v1/calendar/{id}", Permission.ADVOCACY, "Update a calendar entry (send its version)", ctx -> {
            UUID id = Ids.parse(ctx.pathParam("id"), "calendar entry");
            JsonBody body = JsonBody.of(ctx);
            int version = body.version().orElseThrow(() -> new InvalidInputException("version",
                    "send the version you edited (optimistic locking)"));
            advocacy.calendar().update(CurrentUser.of(ctx), id, version, AdvocacyJson.entry(body, id));
            ctx.json(AdvocacyJson.json(advocacy.calendar().entry(id)));
        });
        router.delete("/api/v1/calendar/{id}", Permission.ADVOCACY, "Remove a calendar entry", ctx -> {
            advocacy.calendar().delete(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "calendar entry"));
            ctx.status(204);
        });
        router.get("/api/v1/calendar.ics", Permission.READ_RECORDS, "The calendar as iCalendar (?deadlines=true adds "
                + "urgent-case deadlines by code)", ctx -> CalendarPages.ics(ctx, advocacy));
    }

    static LocalDate day(Context ctx, String field, LocalDate fallback) {
        return Optional.ofNullable(ctx.queryParam(field)).filter(s -> !s.isBlank()).map(text -> {
            try {
                return LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInputException(field, field + " must be a date like 2025-03-01 (got '" + text + "')");
            }
        }).orElse(fallback);
    }

    private void list(Context ctx) {
        Page<Activity> page = advocacy.activities().list(CurrentUser.of(ctx), filter(ctx), Page.number(ctx.queryParam("page")),
                Page.size(ctx.queryParam("size")));
        ctx.json(Map.of("total", page.total(), "page", page.number(), "size", page.size(),
                "items", page.items().stream().map(AdvocacyJson::json).toList()));
    }

    static ActivityFilter filter(Context ctx) {
        return new ActivityFilter(Optional.ofNullable(ctx.queryParam("kind")).filter(s -> !s.isBlank()).map(ActivityKind::parse),
                Optional.ofNullable(ctx.queryParam("organisation")).flatMap(Ids::parseOptional),
                Optional.ofNullable(ctx.queryParam("theme")),
                Optional.ofNullable(ctx.queryParam("case")).flatMap(Ids::parseOptional));
    }
}
