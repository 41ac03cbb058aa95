package org.kirok.testimony;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.person.PersonService;
import org.kirok.security.AccessPolicy;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.store.Page;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.Messages;
import org.kirok.web.QueryString;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/** The testimony pages, the sources lookup, and {@code /sources/{id}} which leads to a source of any kind. */
public final class TestimonyRoutes implements Feature {
    private final TestimonyService testimonies;
    private final PersonService persons;
    private final Templates templates;
    private final Jdbi jdbi;
    private final AccessPolicy access;

    public TestimonyRoutes(TestimonyService testimonies, PersonService persons, Templates templates, Jdbi jdbi,
                           AccessPolicy access) {
        this.testimonies = testimonies;
        this.persons = persons;
        this.templates = templates;
        this.jdbi = jdbi;
        this.access = access;
    }

    @Override
    public void routes(Router router) {
        router.get("/testimonies", Permission.READ_RECORDS, "Testimony list", this::list);
        router.get("/testimonies/new", Permission.WRITE_RECORDS, "New testimony form", this::newForm);
        router.post("/testimonies", Permission.WRITE_RECORDS, "Record a testimony", this::create);
        router.get("/testimonies/related", Permission.READ_RECORDS, "Testimonies of a person (fragment)", this::related);
        router.get("/testimonies/{id}", Permission.READ_RECORDS, "Testimony page", this::show);
        router.get("/testimonies/{id}/edit", Permission.WRITE_RECORDS, "Edit testimony form", this::edit);
        router.post("/testimonies/{id}", Permission.WRITE_RECORDS, "Update a testimony", this::update);
        router.get("/sources/{id}", Permission.READ_RECORDS, "A source of any kind", this::source);
        router.get("/lookup/sources", Permission.READ_RECORDS, "Type-ahead for sources", this::lookup);
    }

    private void list(Context ctx) {
        Page<TestimonyView> page = testimonies.list(CurrentUser.of(ctx), TestimonyQuery.filter(ctx),
                Page.number(ctx.queryParam("page")), Page.DEFAULT_SIZE);
        templates.render(ctx, "testimony/list.jte", Map.of("list", page, "filter", new FormValues(ctx.queryParamMap()),
                "baseQuery", QueryString.without(ctx, "page")));
    }

    private void related(Context ctx) {
        List<TestimonyView> found = testimonies.list(CurrentUser.of(ctx), TestimonyQuery.filter(ctx), 1, 200).items();
        templates.render(ctx, "testimony/related.jte", Map.of("testimonies", found));
    }

    private void show(Context ctx) {
        templates.render(ctx, "testimony/show.jte", Map.of("t",
                testimonies.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "testimony"))));
    }

    private void newForm(Context ctx) {
        User user = CurrentUser.of(ctx);
        Map<String, Object> values = new HashMap<>();
        values.put("language", "ko");
        values.put("interview_date", java.time.LocalDate.now());
        java.util.Optional.ofNullable(ctx.queryParam("interviewee")).flatMap(Ids::parseOptional).ifPresent(id -> {
                    values.put("interviewee_id", id);
                    values.put("interviewee_id_label", jdbi.inTransaction(h -> persons.labels(h, user, List.of(id)).get(id)));
                });
        form(ctx, "/testimonies", Messages.of(user.locale()).t("testimony.new"), FormValues.from(values), "");
    }

    private void edit(Context ctx) {
        User user = CurrentUser.of(ctx);
        TestimonyView t = testimonies.view(user, Ids.parse(ctx.pathParam("id"), "testimony"));
        if (!t.identityVisible()) {
            throw new org.kirok.web.Forbidden("Editing a testimony needs identity access.");
        }
        form(ctx, "/testimonies/" + t.id(), t.reference(), TestimonyForm.values(t), "");
    }

    private void create(Context ctx) {
        User user = CurrentUser.of(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            UUID id = testimonies.create(user, TestimonyForm.draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/testimonies/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/testimonies", Messages.of(user.locale()).t("testimony.new"), values, FormErrors.message(ctx, e));
        }
    }

    private void update(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = Ids.parse(ctx.pathParam("id"), "testimony");
        FormValues values = FormValues.of(ctx);
        try {
            testimonies.update(user, id, values.version(), TestimonyForm.draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/testimonies/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, "/testimonies/" + id, Messages.of(user.locale()).t("testimony.edit"), values, FormErrors.message(ctx, e));
        }
    }

    private void source(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = Ids.parse(ctx.pathParam("id"), "source");
        String kind = jdbi.withHandle(handle -> handle.createQuery("SELECT kind FROM source s WHERE s.id = :id AND "
                + access.visibleSql(user, "s")).bind("id", id).mapTo(String.class).findOne())
                .orElseThrow(() -> new NotFoundException("source"));
        ctx.redirect((kind.equals("testimony") ? "/testimonies/" : "/documents/") + id);
    }

    private void lookup(Context ctx) {
        User user = CurrentUser.of(ctx);
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        List<Map<String, Object>> found = jdbi.withHandle(handle -> handle.createQuery("""
                SELECT s.id, s.reference_code, s.title FROM source s
                WHERE (s.reference_code ILIKE :q OR s.title ILIKE :q) AND """ + access.visibleSql(user, "s") + """
                 ORDER BY s.reference_code DESC LIMIT 12""")
                .bind("q", "%" + q.replace("%", "\\%") + "%")
                .map((rs, c) -> Map.<String, Object>of("id", rs.getObject(1, UUID.class),
                        "label", rs.getString(2) + " · " + rs.getString(3)))
                .list());
        ctx.json(found);
    }

    private void form(Context ctx, String action, String title, FormValues values, String error) {
        templates.render(ctx, "testimony/form.jte", Map.of("action", action, "title", title, "values", values, "error", error));
    }
}
