package org.kirok.document;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.JsonBody;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/** The custody log of a source's files and the evidence package export, as a page and in the API. */
public final class EvidenceRoutes implements Feature {
    private final EvidencePackages packages;
    private final Templates templates;

    public EvidenceRoutes(EvidencePackages packages, Templates templates) {
        this.packages = packages;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/sources/{id}/custody", Permission.READ_RECORDS, "Custody log of a source's files", this::page);
        router.post("/sources/{id}/evidence-package", Permission.EXPORT,
                "Evidence package of a source's files (zip with manifest, custody log, SHA256SUMS)", this::exportForm);
        router.get("/api/v1/sources/{id}/custody", Permission.READ_RECORDS,
                "Custody log of a source's files (who, when, what, why)", this::json);
        router.post("/api/v1/sources/{id}/evidence-package", Permission.EXPORT,
                "Evidence package: {reason, attachments?: [ids]} → zip verified offline with sha256sum -c SHA256SUMS",
                this::exportApi);
    }

    private void page(Context ctx) {
        render(ctx, packages.custody(CurrentUser.of(ctx), source(ctx)), "", FormValues.empty());
    }

    private void json(Context ctx) {
        EvidencePackages.Custody custody = packages.custody(CurrentUser.of(ctx), source(ctx));
        ctx.json(Map.of("source_id", custody.source().sourceId(), "reference", custody.source().reference(),
                "entries", custody.entries().stream().map(EvidenceRoutes::entry).toList()));
    }

    private void exportForm(Context ctx) throws IOException {
        User user = CurrentUser.of(ctx);
        UUID source = source(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            send(ctx, user, packages.prepare(user, source, ids(values.list("attachment")), values.get("reason")));
        } catch (InvalidInputException e) {
            ctx.status(400);
            render(ctx, packages.custody(user, source), FormErrors.message(ctx, e), values);
        }
    }

    private void exportApi(Context ctx) throws IOException {
        User user = CurrentUser.of(ctx);
        JsonBody body = JsonBody.of(ctx);
        send(ctx, user, packages.prepare(user, source(ctx), ids(body.texts("attachments")), body.text("reason").orElse("")));
    }

    private void send(Context ctx, User user, EvidencePackages.Plan plan) throws IOException {
        ctx.status(200);
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + EvidencePackages.folderName(plan) + ".zip\"");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
        packages.write(user, plan, ctx.res().getOutputStream());
    }

    private static Set<UUID> ids(List<String> texts) {
        Set<UUID> ids = new LinkedHashSet<>();
        texts.stream().filter(t -> !t.isBlank()).forEach(t -> ids.add(Ids.parseOptional(t.strip()).orElseThrow(() ->
                new InvalidInputException("attachments", "'" + t + "' is not an attachment id"))));
        return ids;
    }

    private static UUID source(Context ctx) {
        return Ids.parse(ctx.pathParam("id"), "source");
    }

    private static Map<String, Object> entry(CustodyEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("audit_seq", e.seq());
        json.put("at", e.at().toString());
        json.put("who", e.actor());
        json.put("what", e.step());
        json.put("attachment_id", e.attachmentId());
        json.put("sha256", e.sha256().orElse(null));
        json.put("why", e.note().orElse(null));
        json.put("package_id", e.packageId().orElse(null));
        json.put("audit_entry_hash", e.entryHash());
        return json;
    }

    private void render(Context ctx, EvidencePackages.Custody custody, String error, FormValues values) {
        templates.render(ctx, "document/custody.jte", Map.of("custody", custody, "error", error, "values", values));
    }
}
