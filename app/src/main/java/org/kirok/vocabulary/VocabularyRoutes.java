package org.kirok.vocabulary;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.store.ConflictException;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/** The vocabulary pages (everyone who reads records), term forms (administrators) and the term type-ahead. */
public final class VocabularyRoutes implements Feature {
    private final VocabularyService service;
    private final Templates templates;

    public VocabularyRoutes(VocabularyService service, Templates templates) {
        this.service = service;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/vocabularies", Permission.READ_RECORDS, "Vocabulary list", this::list);
        router.get("/vocabularies/{code}", Permission.READ_RECORDS, "Terms of a vocabulary", this::show);
        router.get("/vocabularies/{code}/new", Permission.MANAGE_VOCABULARIES, "New term form", this::newForm);
        router.post("/vocabularies/{code}/terms", Permission.MANAGE_VOCABULARIES, "Add a term", this::create);
        router.get("/vocabularies/terms/{id}/edit", Permission.MANAGE_VOCABULARIES, "Edit term form", this::edit);
        router.post("/vocabularies/terms/{id}", Permission.MANAGE_VOCABULARIES, "Update a term", this::update);
        router.get("/lookup/terms", Permission.READ_RECORDS, "Type-ahead for the active terms of a vocabulary",
                this::lookup);
    }

    private Vocabulary vocabulary(Context ctx) {
        return service.vocabularies().vocabulary(ctx.pathParam("code"))
                .orElseThrow(() -> new NotFoundException("vocabulary"));
    }

    private void list(Context ctx) {
        Vocabularies all = service.vocabularies();
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        all.vocabularies().forEach(v -> counts.put(v.code(), all.activeTerms(v.code()).size()));
        templates.render(ctx, "vocabulary/list.jte", Map.of("vocabularies", all.vocabularies(), "counts", counts));
    }

    private void show(Context ctx) {
        Vocabulary vocabulary = vocabulary(ctx);
        templates.render(ctx, "vocabulary/show.jte", Map.of("vocabulary", vocabulary,
                "terms", service.vocabularies().terms(vocabulary.code())));
    }

    private void newForm(Context ctx) {
        Vocabulary vocabulary = vocabulary(ctx);
        int next = service.vocabularies().terms(vocabulary.code()).stream().mapToInt(Term::sortOrder).max().orElse(0) + 10;
        form(ctx, vocabulary, "/vocabularies/" + vocabulary.code() + "/terms",
                FormValues.from(Map.of("sort_order", next, "active", "on")), "", Optional.empty());
    }

    private void create(Context ctx) {
        Vocabulary vocabulary = vocabulary(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            service.create(CurrentUser.of(ctx).actor(), vocabulary.code(), draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/vocabularies/" + vocabulary.code());
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, vocabulary, "/vocabularies/" + vocabulary.code() + "/terms", values, FormErrors.message(ctx, e),
                    Optional.empty());
        }
    }

    private void edit(Context ctx) {
        Term term = service.term(Ids.parse(ctx.pathParam("id"), "term"));
        Vocabulary vocabulary = service.vocabularies().vocabulary(term.vocabulary()).orElseThrow();
        form(ctx, vocabulary, "/vocabularies/terms/" + term.id(), values(term), "", Optional.of(term));
    }

    private void update(Context ctx) {
        UUID id = Ids.parse(ctx.pathParam("id"), "term");
        Term term = service.term(id);
        Vocabulary vocabulary = service.vocabularies().vocabulary(term.vocabulary()).orElseThrow();
        FormValues values = FormValues.of(ctx);
        try {
            service.update(CurrentUser.of(ctx).actor(), id, values.version(), draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/vocabularies/" + vocabulary.code());
        } catch (InvalidInputException e) {
            ctx.status(400);
            form(ctx, vocabulary, "/vocabularies/terms/" + id, values, FormErrors.message(ctx, e), Optional.of(term));
        } catch (ConflictException e) {
            ctx.status(409);
            form(ctx, vocabulary, "/vocabularies/terms/" + id, values, e.getMessage(), Optional.of(term));
        }
    }

    private void lookup(Context ctx) {
        String vocabulary = Optional.ofNullable(ctx.queryParam("vocabulary")).orElse("");
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip().toLowerCase(Locale.ROOT);
        String language = Templates.language(ctx);
        ctx.json(service.vocabularies().activeTerms(vocabulary).stream()
                .filter(t -> q.isEmpty() || t.code().contains(q) || t.labelEn().toLowerCase(Locale.ROOT).contains(q)
                        || t.labelKo().contains(q))
                .sorted(java.util.Comparator.comparing((Term t) -> !t.label(language).toLowerCase(Locale.ROOT)
                        .startsWith(q)).thenComparing(Term::sortOrder))
                .limit(20)
                .map(t -> Map.of("id", t.id(), "code", t.code(), "label", t.label(language)))
                .toList());
    }

    private static TermDraft draft(FormValues values) {
        return new TermDraft(values.get("code"), values.get("label_en"), values.get("label_ko"),
                values.text("description"), values.integer("sort_order").orElse(0), values.checked("active"));
    }

    private static FormValues values(Term term) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("code", term.code());
        values.put("label_en", term.labelEn());
        values.put("label_ko", term.labelKo());
        values.put("description", term.description());
        values.put("sort_order", term.sortOrder());
        values.put("version", term.version());
        if (term.active()) {
            values.put("active", "on");
        }
        return FormValues.from(values);
    }

    private void form(Context ctx, Vocabulary vocabulary, String action, FormValues values, String error,
                      Optional<Term> term) {
        templates.render(ctx, "vocabulary/form.jte", Map.of("vocabulary", vocabulary, "action", action,
                "values", values, "error", error, "editing", term.isPresent()));
    }
}
