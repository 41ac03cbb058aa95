package org.kirok.statement;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.store.Confidentiality;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.upr.DocumentFormat;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.JsonBody;
import org.kirok.web.Router;

/**
 * {@code /api/v1/statements}: speaking time of any text against a slot, and statements with their deliveries.
 */
public final class StatementApi implements Feature {
    private final StatementService statements;

    StatementApi(StatementService statements) {
        this.statements = statements;
    }

    @Override
    public void routes(Router router) {
        router.post("/api/v1/statements/timing", Permission.AUTHENTICATED,
                "Words and speaking time of a text against a slot: {text, slot_seconds?, wpm?}", this::timing);
        router.get("/api/v1/statements", Permission.ADVOCACY, "Statements with their deliveries",
                ctx -> ctx.json(statements.list(CurrentUser.of(ctx))));
        router.post("/api/v1/statements", Permission.ADVOCACY, "Draft a statement", this::create);
        router.get("/api/v1/statements/{id}", Permission.ADVOCACY, "One statement with its timing", this::read);
        router.put("/api/v1/statements/{id}", Permission.ADVOCACY, "Update a statement (send its version)", this::update);
        router.get("/api/v1/statements/{id}/export/{format}", Permission.ADVOCACY, "The statement as DOCX or PDF",
                this::export);
        router.post("/api/v1/statements/{id}/deliveries", Permission.ADVOCACY,
                "Record a delivery {delivered_on, speaker, video_url?, starts_at?, ends_at?, notes?}", this::deliver);
    }

    private void timing(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        Timing timing = statements.timing(body.text("text").orElse(""), body.integer("slot_seconds"),
                body.integer("wpm"));
        ctx.json(json(timing));
    }

    static Map<String, Object> json(Timing timing) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("words", timing.words());
        json.put("seconds", timing.seconds());
        json.put("slot_seconds", timing.slotSeconds());
        json.put("over_by_seconds", timing.overBySeconds());
        json.put("words_per_minute", timing.wordsPerMinute());
        json.put("word_budget", timing.wordBudget());
        json.put("words_to_cut", timing.wordsToCut());
        json.put("warning", timing.overTime() ? Optional.of(String.format(java.util.Locale.ENGLISH,
                "over the %d s slot by %.1f s: cut about %d words", timing.slotSeconds(), timing.overBySeconds(),
                timing.wordsToCut())) : Optional.empty());
        return json;
    }

    private void create(Context ctx) {
        UUID id = statements.create(CurrentUser.of(ctx), draft(JsonBody.of(ctx)));
        ctx.status(201).header("Location", "/api/v1/statements/" + id).json(Map.of("id", id));
    }

    private void read(Context ctx) {
        Statement statement = statements.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "statement"));
        ctx.json(Map.of("statement", statement, "timing", json(statements.timing(statement, Optional.empty()))));
    }

    private void update(Context ctx) {
        UUID id = statements.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "statement")).id();
        JsonBody body = JsonBody.of(ctx);
        statements.update(CurrentUser.of(ctx), id, body.version().orElseThrow(() -> new InvalidInputException("version",
                "send the version you edited (optimistic locking)")), draft(body));
        ctx.json(statements.view(CurrentUser.of(ctx), id));
    }

    private void deliver(Context ctx) {
        UUID id = statements.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "statement")).id();
        JsonBody body = JsonBody.of(ctx);
        Delivery delivery = new Delivery(UUID.randomUUID(), body.date("delivered_on").orElseThrow(() ->
                new InvalidInputException("delivered_on", "delivered_on is required")), body.requiredText("speaker"),
                body.text("video_url"), body.integer("starts_at"), body.integer("ends_at"), body.text("notes"));
        ctx.status(201).json(Map.of("id", statements.recordDelivery(CurrentUser.of(ctx), id, delivery)));
    }

    private void export(Context ctx) {
        UUID id = statements.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "statement")).id();
        DocumentFormat format = DocumentFormat.of(ctx.pathParam("format"));
        ctx.contentType(format.mediaType());
        ctx.result(statements.export(CurrentUser.of(ctx), id, format));
    }

    private static StatementDraft draft(JsonBody body) {
        return new StatementDraft(body.requiredText("title"), body.integer("hrc_session").orElseThrow(() ->
                new InvalidInputException("hrc_session", "hrc_session is required")), body.requiredText("agenda_item"),
                DebateKind.parse(body.text("debate_kind").orElse("interactive_dialogue")), body.text("debate"),
                body.text("speaker"), body.text("text_en").orElse(""), body.text("text_ko").orElse(""),
                body.integer("slot_seconds"), body.integer("words_per_minute"),
                body.texts("signatories").stream().map(s -> Ids.parseOptional(s).orElseThrow(() ->
                        new InvalidInputException("signatories", "not an organisation id: " + s))).toList(),
                Confidentiality.parse(body.text("confidentiality").orElse("internal")));
    }
}
