package org.kirok.advocacy;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/** The calendar page of UN deadlines and sessions, its form, and the .ics export for people's own calendars. */
public final class CalendarPages implements Feature {
    private final Advocacy advocacy;
    private final Templates templates;

    public CalendarPages(Advocacy advocacy, Templates templates) {
        this.advocacy = advocacy;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/advocacy/calendar", Permission.READ_RECORDS, "Calendar of UN deadlines and sessions",
                ctx -> page(ctx, FormValues.empty(), ""));
        router.post("/advocacy/calendar", Permission.ADVOCACY, "Add a calendar entry", this::create);
        router.post("/advocacy/calendar/{id}/delete", Permission.ADVOCACY, "Remove a calendar entry", ctx -> {
            advocacy.calendar().delete(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "calendar entry"));
            Templates.notice(ctx, "common.deleted");
            ctx.redirect("/advocacy/calendar");
        });
        router.get("/advocacy/calendar.ics", Permission.READ_RECORDS, "The calendar as iCalendar", ctx -> ics(ctx, advocacy));
    }

    private void page(Context ctx, FormValues values, String error) {
        LocalDate from = AdvocacyApi.day(ctx, "from", LocalDate.now().minusMonths(1));
        templates.render(ctx, "advocacy/calendar.jte", Map.of("entries",
                advocacy.calendar().between(from, from.plusYears(2)), "values", values, "error", error,
                "kinds", List.of(CalendarKind.values())));
    }

    private void create(Context ctx) {
        FormValues form = FormValues.of(ctx);
        try {
            advocacy.calendar().create(CurrentUser.of(ctx), new CalendarEntry(UUID.randomUUID(),
                    CalendarKind.parse(form.get("kind")), form.get("title"), form.date("starts_on").orElse(null),
                    form.date("ends_on"), AdvocacyJson.time(form.text("at_time"), "at_time"),
                    CalendarEntry.zone(form.text("time_zone")), form.text("description"), form.text("url"), 0));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/advocacy/calendar");
        } catch (InvalidInputException e) {
            ctx.status(400);
            page(ctx, form, FormErrors.message(ctx, e));
        }
    }

    /** Writes the calendar (and, with ?deadlines=true, the urgent-case deadlines by code only) as text/calendar. */
    static void ics(Context ctx, Advocacy advocacy) {
        User user = CurrentUser.of(ctx);
        LocalDate from = LocalDate.now().minusMonths(3);
        LocalDate to = LocalDate.now().plusYears(2);
        String domain = Optional.ofNullable(ctx.host()).map(h -> h.replaceAll(":\\d+$", "")).orElse("kirok");
        List<ICalendar.Event> events = new ArrayList<>(advocacy.calendar().between(from, to).stream()
                .map(e -> ICalendar.event(e, domain)).toList());
        if ("true".equals(ctx.queryParam("deadlines"))) {
            advocacy.urgent().actions().between(user, from, to).forEach(d -> events.add(new ICalendar.Event(
                    d.id() + "@" + domain, d.caseCode() + " " + d.kind().code().replace('_', ' '), Optional.empty(),
                    Optional.empty(), Optional.of("URGENT-CASE"), d.dueOn(), d.dueOn(), Optional.empty())));
        }
        ctx.contentType("text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"kirok-calendar.ics\"")
                .result(ICalendar.write("Kirok: UN deadlines and sessions", events, Instant.now()));
    }
}
