package org.kirok.advocacy;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.kirok.web.QueryString;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * The advocacy log's pages (list, activity page, form), the "joint work" section of organisation pages, and the
 * membership form on it.
 */
public final class AdvocacyPages implements Feature {
    static final int LINK_ROWS = 3;

    private final Advocacy advocacy;
    private final Templates templates;

    public AdvocacyPages(Advocacy advocacy, Templates templates) {
        this.advocacy = advocacy;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/advocacy", Permission.READ_RECORDS, "The advocacy log", this::list);
        router.get("/advocacy/new", Permission.ADVOCACY, "Log an activity (form)", ctx -> form(ctx, "/advocacy",
                defaults(ctx), ""));
        router.post("/advocacy", Permission.ADVOCACY, "Log an activity", this::create);
        router.get("/advocacy/{id}", Permission.READ_RECORDS, "An activity", this::show);
        router.get("/advocacy/{id}/edit", Permission.ADVOCACY, "Edit an activity (form)", this::edit);
        router.post("/advocacy/{id}", Permission.ADVOCACY, "Update an activity", this::update);
        router.get("/lookup/activities", Permission.READ_RECORDS, "Type-ahead for activities", this::lookup);
        router.get("/organisations/{id}/joint-work", Permission.READ_RECORDS, "An organisation's joint work (fragment)",
                this::jointWork);
        router.post("/organisations/{id}/relations", Permission.MANAGE_REFERENCE, "Add a member or partner", this::addRelation);
        router.post("/organisation-relations/{id}/delete", Permission.MANAGE_REFERENCE, "Remove a membership", ctx -> {
            UUID group = Ids.parse(ctx.formParam("group"), "organisation");
            advocacy.relations().remove(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "membership"));
            ctx.redirect("/organisations/" + group);
        });
    }

    private void list(Context ctx) {
        Page<Activity> page = advocacy.activities().list(CurrentUser.of(ctx), AdvocacyApi.filter(ctx),
                Page.number(ctx.queryParam("page")), Page.DEFAULT_SIZE);
        templates.render(ctx, "advocacy/list.jte", Map.of("list", page, "filter", new FormValues(ctx.queryParamMap()),
                "baseQuery", QueryString.without(ctx, "page"), "kinds", List.of(ActivityKind.values())));
    }

    private void show(Context ctx) {
        User user = CurrentUser.of(ctx);
        Activity activity = advocacy.activities().view(user, Ids.parse(ctx.pathParam("id"), "activity"));
        List<Activity> followUps = advocacy.activities().list(user, ActivityFilter.none(), 1, 200).items().stream()
                .filter(a -> a.followsId().equals(Optional.of(activity.id()))).toList();
        templates.render(ctx, "advocacy/show.jte", Map.of("activity", activity, "followUps", followUps));
    }

    private FormValues defaults(Context ctx) {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", Optional.ofNullable(ctx.queryParam("kind")).orElse("meeting"));
        values.put("held_on", LocalDate.now().toString());
        Optional.ofNullable(ctx.queryParam("follows")).flatMap(Ids::parseOptional).ifPresent(f -> {
            Activity followed = advocacy.activities().view(CurrentUser.of(ctx), f);
            values.put("follows_id", f);
            values.put("follows_id_label", followed.heldOn() + " " + followed.title());
            for (int i = 0; i < Math.min(LINK_ROWS, followed.organisations().size()); i++) {
                values.put("org_" + (i + 1), followed.organisations().get(i).id());
                values.put("org_" + (i + 1) + "_label", followed.organisations().get(i).name());
                values.put("org_" + (i + 1) + "_role", followed.organisations().get(i).role().code());
            }
            values.put("themes", String.join(", ", followed.themes()));
        });
        return FormValues.from(values);
    }

    private void form(Context ctx, String action, FormValues values, String error) {
        templates.render(ctx, "advocacy/form.jte", Map.of("action", action, "values", values, "error", error,
                "kinds", List.of(ActivityKind.values()), "roles", List.of(Participation.values()),
                "personRoles", List.of(PersonRole.values()), "rows", List.of(1, 2, 3)));
    }

    static ActivityDraft draft(FormValues form) {
        List<ActivityDraft.OrganisationLink> organisations = new ArrayList<>();
        List<ActivityDraft.PersonLink> persons = new ArrayList<>();
        List<UUID> cases = new ArrayList<>();
        for (int i = 1; i <= LINK_ROWS; i++) {
            int row = i;
            form.id("org_" + i).ifPresent(id -> organisations.add(new ActivityDraft.OrganisationLink(id,
                    Participation.parse(form.text("org_" + row + "_role").orElse("participant")))));
            form.id("person_" + i).ifPresent(id -> persons.add(new ActivityDraft.PersonLink(id,
                    PersonRole.parse(form.text("person_" + row + "_role").orElse("survivor")))));
            form.id("case_" + i).ifPresent(cases::add);
        }
        return new ActivityDraft(ActivityKind.parse(form.get("kind")), form.get("title"), form.date("held_on").orElse(null),
                form.text("location"), form.text("officials"), form.text("outcome"), form.text("url"),
                form.text("archived_title"), tags(form.get("themes")), tags(form.get("recommendations")),
                form.id("follows_id"), organisations, persons, cases, form.id("organisation_id"),
                form.text("confidentiality").map(Confidentiality::parse).orElse(Confidentiality.INTERNAL));
    }

    private static List<String> tags(String text) {
        return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private void create(Context ctx) {
        FormValues values = FormValues.of(ctx);
        try {
            UUID id = advocacy.activities().create(CurrentUser.of(ctx), draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/advocacy/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/advocacy", values, FormErrors.message(ctx, e));
        }
    }

    private void edit(Context ctx) {
        Activity a = advocacy.activities().view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "activity"));
        Map<String, Object> values = new HashMap<>();
        values.put("kind", a.kind().code());
        values.put("title", a.title());
        values.put("held_on", a.heldOn());
        values.put("location", a.location());
        values.put("officials", a.officials());
        values.put("outcome", a.outcome());
        values.put("url", a.url());
        values.put("archived_title", a.archivedTitle());
        values.put("themes", String.join(", ", a.themes()));
        values.put("recommendations", String.join(", ", a.recommendations()));
        values.put("follows_id", a.followsId());
        values.put("follows_id_label", a.followsTitle());
        values.put("confidentiality", a.confidentiality().code());
        values.put("version", a.version());
        for (int i = 0; i < Math.min(LINK_ROWS, a.organisations().size()); i++) {
            values.put("org_" + (i + 1), a.organisations().get(i).id());
            values.put("org_" + (i + 1) + "_label", a.organisations().get(i).name());
            values.put("org_" + (i + 1) + "_role", a.organisations().get(i).role().code());
        }
        for (int i = 0; i < Math.min(LINK_ROWS, a.persons().size()); i++) {
            values.put("person_" + (i + 1), a.persons().get(i).id());
            values.put("person_" + (i + 1) + "_label", a.persons().get(i).label());
            values.put("person_" + (i + 1) + "_role", a.persons().get(i).role().code());
        }
        for (int i = 0; i < Math.min(LINK_ROWS, a.cases().size()); i++) {
            values.put("case_" + (i + 1), a.cases().get(i).id());
            values.put("case_" + (i + 1) + "_label", a.cases().get(i).code());
        }
        form(ctx, "/advocacy/" + a.id(), FormValues.from(values), "");
    }

    private void update(Context ctx) {
        UUID id = Ids.parse(ctx.pathParam("id"), "activity");
        FormValues values = FormValues.of(ctx);
        try {
            advocacy.activities().update(CurrentUser.of(ctx), id, values.version(), draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/advocacy/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/advocacy/" + id, values, FormErrors.message(ctx, e));
        }
    }

    private void lookup(Context ctx) {
        String query = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip().toLowerCase(java.util.Locale.ROOT);
        ctx.json(advocacy.activities().list(CurrentUser.of(ctx), ActivityFilter.none(), 1, 200).items().stream()
                .filter(a -> !query.isEmpty() && a.title().toLowerCase(java.util.Locale.ROOT).contains(query))
                .limit(12).map(a -> Map.of("id", a.id(), "label", a.heldOn() + " " + a.title())).toList());
    }

    private void jointWork(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = Ids.parse(ctx.pathParam("id"), "organisation");
        templates.render(ctx, "advocacy/jointwork.jte", Map.of("organisationId", id,
                "activities", advocacy.activities().list(user, ActivityFilter.organisation(id), 1, 100).items(),
                "members", advocacy.relations().members(id), "memberOf", advocacy.relations().memberships(id),
                "cosigned", advocacy.urgent().actions().cosignedBy(user, id), "kinds", List.of(RelationKind.values())));
    }

    private void addRelation(Context ctx) {
        UUID group = Ids.parse(ctx.pathParam("id"), "organisation");
        FormValues form = FormValues.of(ctx);
        try {
            advocacy.relations().add(CurrentUser.of(ctx), group, form.id("member_id").orElseThrow(
                    () -> new InvalidInputException("member_id", "choose the member organisation")),
                    RelationKind.parse(form.text("kind").orElse("member")), form.date("since"), form.date("until"),
                    form.text("notes"));
            Templates.notice(ctx, "common.saved");
        } catch (InvalidInputException | org.kirok.store.ConflictException e) {
            Templates.notice(ctx, "advocacy.relation_failed");
        }
        ctx.redirect("/organisations/" + group);
    }
}
