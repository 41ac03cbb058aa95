package org.kirok.statement;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.upr.DocumentFormat;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.Router;
import org.kirok.web.Spreadsheet;
import org.kirok.web.Templates;

/**
 * The oral statement pages: the list with the form for a new statement, a statement with its live timing (how
 * long at the rate, against the slot, how many words to cut), its deliveries, and the downloads.
 */
final class StatementRoutes implements Feature {
    private final StatementService statements;
    private final Templates templates;

    StatementRoutes(StatementService statements, Templates templates) {
        this.statements = statements;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/statements", Permission.ADVOCACY, "Oral statements", ctx -> list(ctx, FormValues.from(Map.of(
                "debate_kind", "interactive_dialogue", "agenda_item", "Item 4")), ""));
        router.post("/statements", Permission.ADVOCACY, "Draft a statement", this::create);
        router.get("/statements/deliveries/{format}", Permission.EXPORT, "Deliveries as CSV or XLSX", this::deliveries);
        router.get("/statements/{id}", Permission.ADVOCACY, "A statement with its timing", ctx -> {
            Statement statement = statement(ctx);
            show(ctx, statement, StatementForm.values(statement), FormValues.empty(), "");
        });
        router.post("/statements/{id}", Permission.ADVOCACY, "Save a statement", this::update);
        router.post("/statements/{id}/timing", Permission.ADVOCACY, "Live timing of the text (fragment)", this::timing);
        router.post("/statements/{id}/deliveries", Permission.ADVOCACY, "Record a delivery", this::deliver);
        router.get("/statements/{id}/export/{format}", Permission.ADVOCACY, "Download as DOCX or PDF", this::export);
    }

    private Statement statement(Context ctx) {
        return statements.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "statement"));
    }

    private void list(Context ctx, FormValues values, String error) {
        templates.render(ctx, "statement/list.jte", Map.of("statements", statements.list(CurrentUser.of(ctx)),
                "values", values, "error", error, "signatories", StatementForm.SIGNATORIES));
    }

    private void create(Context ctx) {
        FormValues values = FormValues.of(ctx);
        try {
            UUID id = statements.create(CurrentUser.of(ctx), StatementForm.draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/statements/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            list(ctx, values, FormErrors.message(ctx, e));
        }
    }

    private void show(Context ctx, Statement statement, FormValues values, FormValues delivery, String error) {
        Map<String, Object> data = new HashMap<>();
        data.put("s", statement);
        data.put("values", values);
        data.put("delivery", delivery);
        data.put("error", error);
        data.put("timing", statements.timing(statement, Optional.of(values.get("text_en"))));
        data.put("signatories", StatementForm.SIGNATORIES);
        templates.render(ctx, "statement/show.jte", data);
    }

    private void update(Context ctx) {
        Statement statement = statement(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            statements.update(CurrentUser.of(ctx), statement.id(), values.version(), StatementForm.draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/statements/" + statement.id());
        } catch (InvalidInputException e) {
            ctx.status(400);
            show(ctx, statement, values, FormValues.empty(), FormErrors.message(ctx, e));
        }
    }

    private void timing(Context ctx) {
        Statement statement = statement(ctx);
        FormValues values = FormValues.of(ctx);
        Timing timing;
        try {
            timing = Timing.of(values.get("text_en"), values.integer("slot_seconds").orElse(statements.slot(statement)),
                    statements.wordsPerMinute(values.integer("words_per_minute").or(statement::wordsPerMinute)));
        } catch (InvalidInputException e) {
            timing = statements.timing(statement, Optional.of(values.get("text_en")));
        }
        templates.render(ctx, "statement/timing.jte", Map.of("timing", timing));
    }

    private void deliver(Context ctx) {
        Statement statement = statement(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            statements.recordDelivery(CurrentUser.of(ctx), statement.id(), StatementForm.delivery(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/statements/" + statement.id() + "#deliveries");
        } catch (InvalidInputException e) {
            ctx.status(400);
            show(ctx, statement, StatementForm.values(statement), values, FormErrors.message(ctx, e));
        }
    }

    private void export(Context ctx) {
        Statement statement = statement(ctx);
        DocumentFormat format = DocumentFormat.of(ctx.pathParam("format"));
        byte[] bytes = statements.export(CurrentUser.of(ctx), statement.id(), format);
        ctx.header("Content-Disposition", "attachment; filename=\"hrc" + statement.hrcSession() + "-statement-v"
                + statement.version() + "." + ctx.pathParam("format") + "\"");
        ctx.contentType(format.mediaType());
        ctx.result(bytes);
    }

    private void deliveries(Context ctx) {
        Spreadsheet.Format format = Spreadsheet.Format.of(ctx.pathParam("format"));
        byte[] bytes = statements.deliveries(CurrentUser.of(ctx)).write(format);
        ctx.header("Content-Disposition", "attachment; filename=\"kirok-statement-deliveries." + format.extension() + "\"");
        ctx.contentType(format.mediaType());
        ctx.result(bytes);
    }
}
