package org.kirok.urgent;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.kirok.security.Permission;
import org.kirok.store.ConflictException;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.web.CurrentUser;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.Feature;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * The administrator's pages of the urgent-case feature: the risk rules (ordered, first match wins), the letter
 * templates, and the SMTP settings with a test mail and "send today's reminders now". MANAGE_USERS is the
 * permission only administrators hold.
 */
public final class UrgentAdminPages implements Feature {
    private final RiskRuleService rules;
    private final LetterService letters;
    private final MailService mail;
    private final Templates templates;

    public UrgentAdminPages(RiskRuleService rules, LetterService letters, MailService mail, Templates templates) {
        this.rules = rules;
        this.letters = letters;
        this.mail = mail;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/admin/urgent/rules", Permission.MANAGE_USERS, "Risk rules", ctx -> rulesPage(ctx, ""));
        router.post("/admin/urgent/rules", Permission.MANAGE_USERS, "Add a risk rule", ctx -> rule(ctx, Optional.empty()));
        router.post("/admin/urgent/rules/{rule}", Permission.MANAGE_USERS, "Edit a risk rule",
                ctx -> rule(ctx, Optional.of(Ids.parse(ctx.pathParam("rule"), "risk rule"))));
        router.post("/admin/urgent/rules/{rule}/delete", Permission.MANAGE_USERS, "Remove a risk rule", ctx -> {
            rules.delete(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("rule"), "risk rule"));
            Templates.notice(ctx, "common.deleted");
            ctx.redirect("/admin/urgent/rules");
        });
        router.get("/admin/urgent/templates", Permission.MANAGE_USERS, "Letter templates",
                ctx -> templates.render(ctx, "urgent/templates.jte", Map.of("templates", letters.templates(),
                        "inline", LetterTemplate.INLINE, "kinds", List.of(InterventionKind.values()))));
        router.get("/admin/urgent/templates/{template}", Permission.MANAGE_USERS, "Edit a letter template", ctx -> {
            LetterTemplate t = letters.template(Ids.parse(ctx.pathParam("template"), "letter template"));
            templateForm(ctx, t.id().toString(), FormValues.from(Map.of("kind", t.kind().code(), "language", t.language(),
                    "title", t.title(), "body", t.body(), "version", t.version())), "");
        });
        router.post("/admin/urgent/templates", Permission.MANAGE_USERS, "Add a letter template", ctx -> saveTemplate(ctx,
                Optional.empty()));
        router.post("/admin/urgent/templates/{template}", Permission.MANAGE_USERS, "Save a letter template",
                ctx -> saveTemplate(ctx, Optional.of(Ids.parse(ctx.pathParam("template"), "letter template"))));
        router.get("/admin/urgent/mail", Permission.MANAGE_USERS, "Reminder mail settings", ctx -> mailPage(ctx,
                Optional.empty(), ""));
        router.post("/admin/urgent/mail", Permission.MANAGE_USERS, "Save the reminder mail settings", this::saveMail);
        router.post("/admin/urgent/mail/test", Permission.MANAGE_USERS, "Send a test mail", ctx -> mailAction(ctx, () -> {
            mail.sendTest(CurrentUser.of(ctx));
            return "urgent.mail_test_sent";
        }));
        router.post("/admin/urgent/mail/remind", Permission.MANAGE_USERS, "Send today's reminders now",
                ctx -> mailAction(ctx, () -> {
                    int sent = mail.sendReminders(CurrentUser.of(ctx).actor(), LocalDate.now());
                    return sent > 0 ? "urgent.reminders_sent" : "urgent.reminders_none";
                }));
    }

    private void rulesPage(Context ctx, String error) {
        templates.render(ctx, "urgent/rules.jte", Map.of("rules", rules.rules(), "error", error,
                "levels", List.of(RiskLevel.values()), "types", List.of(CustodyType.values())));
    }

    private void rule(Context ctx, Optional<UUID> id) {
        FormValues form = FormValues.of(ctx);
        try {
            RiskRule rule = new RiskRule(id.orElse(UUID.randomUUID()), form.integer("position").orElse(100),
                    form.get("label"), RiskLevel.parse(form.get("level")),
                    form.list("event_types").stream().filter(s -> !s.isBlank()).map(CustodyType::parse)
                            .collect(Collectors.toSet()),
                    form.text("holder_country"), form.text("place_country"), form.number("max_border_km"),
                    form.checked("active"), 1);
            if (id.isPresent()) {
                rules.update(CurrentUser.of(ctx), id.get(), form.version(), rule);
            } else {
                rules.create(CurrentUser.of(ctx), rule);
            }
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/admin/urgent/rules");
        } catch (InvalidInputException e) {
            ctx.status(400);
            rulesPage(ctx, FormErrors.message(ctx, e));
        }
    }

    private void templateForm(Context ctx, String id, FormValues values, String error) {
        templates.render(ctx, "urgent/template.jte", Map.of("id", id, "values", values, "error", error,
                "inline", LetterTemplate.INLINE, "kinds", List.of(InterventionKind.values())));
    }

    private void saveTemplate(Context ctx, Optional<UUID> id) {
        FormValues form = FormValues.of(ctx);
        try {
            LetterTemplate template = new LetterTemplate(id.orElse(UUID.randomUUID()),
                    InterventionKind.parse(form.get("kind")), form.get("language"), form.get("title"), form.get("body"), 0);
            letters.save(CurrentUser.of(ctx), template, id.isPresent() ? form.version() : 0);
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/admin/urgent/templates");
        } catch (InvalidInputException | ConflictException e) {
            ctx.status(400);
            templateForm(ctx, id.map(UUID::toString).orElse(""), form, e instanceof InvalidInputException invalid
                    ? FormErrors.message(ctx, invalid) : e.getMessage());
        }
    }

    private void mailPage(Context ctx, Optional<FormValues> typed, String error) {
        MailSettings settings = mail.settings();
        Map<String, Object> stored = new java.util.HashMap<>();
        stored.put("enabled", settings.enabled() ? "on" : "");
        stored.put("host", settings.host());
        stored.put("port", settings.port());
        stored.put("security", settings.security().code());
        stored.put("username", settings.username());
        stored.put("sender", settings.sender());
        stored.put("recipients", String.join(", ", settings.recipients()));
        stored.put("base_url", settings.baseUrl());
        stored.put("version", settings.version());
        templates.render(ctx, "urgent/mail.jte", Map.of("settings", settings, "values", typed.orElse(FormValues.from(stored)),
                "error", error, "securities", List.of(MailSecurity.values())));
    }

    private void saveMail(Context ctx) {
        FormValues form = FormValues.of(ctx);
        try {
            MailSettings settings = new MailSettings(form.checked("enabled"), form.get("host"),
                    form.integer("port").orElse(587), MailSecurity.parse(form.text("security").orElse("starttls")),
                    form.text("username"), false, form.get("sender"), MailSettings.parseRecipients(form.get("recipients")),
                    form.get("base_url"), 0);
            mail.save(CurrentUser.of(ctx), form.version(), settings, form.text("password"), form.checked("clear_password"));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/admin/urgent/mail");
        } catch (InvalidInputException e) {
            ctx.status(400);
            mailPage(ctx, Optional.of(form), FormErrors.message(ctx, e));
        }
    }

    private void mailAction(Context ctx, java.util.function.Supplier<String> action) {
        try {
            Templates.notice(ctx, action.get());
            ctx.redirect("/admin/urgent/mail");
        } catch (ConflictException e) {
            ctx.status(409);
            mailPage(ctx, Optional.empty(), e.getMessage());
        }
    }
}
