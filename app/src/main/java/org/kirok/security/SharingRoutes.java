package org.kirok.security;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.JsonBody;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/** The data-sharing agreements page and {@code /api/v1/sharing-agreements}. */
public final class SharingRoutes implements Feature {
    private final SharingService sharing;
    private final Templates templates;

    public SharingRoutes(SharingService sharing, Templates templates) {
        this.sharing = sharing;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/admin/sharing", Permission.MANAGE_SHARING, "Data-sharing agreements", ctx -> page(ctx, FormValues.empty(), ""));
        router.post("/admin/sharing", Permission.MANAGE_SHARING, "Make a data-sharing agreement", this::create);
        router.post("/admin/sharing/{id}/revoke", Permission.MANAGE_SHARING, "Revoke an agreement", this::revoke);
        router.get("/api/v1/sharing-agreements", Permission.MANAGE_SHARING, "List data-sharing agreements", this::list);
        router.post("/api/v1/sharing-agreements", Permission.MANAGE_SHARING, "Make a data-sharing agreement", this::apiCreate);
        router.post("/api/v1/sharing-agreements/{id}/revoke", Permission.MANAGE_SHARING, "Revoke an agreement", this::apiRevoke);
    }

    private void page(Context ctx, FormValues values, String error) {
        templates.render(ctx, "admin/sharing.jte", Map.of("agreements", sharing.all(), "values", values, "error", error));
    }

    private void create(Context ctx) {
        FormValues values = FormValues.of(ctx);
        try {
            sharing.create(CurrentUser.of(ctx), new SharingAgreement.Draft(values.id("grantor_org_id"),
                    values.id("partner_org_id").orElse(null), values.list("kinds"), !values.checked("identities"),
                    values.date("records_from"), values.text("note")));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/admin/sharing");
        } catch (InvalidInputException e) {
            ctx.status(400);
            page(ctx, values, FormErrors.message(ctx, e));
        }
    }

    private void revoke(Context ctx) {
        sharing.revoke(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "agreement"));
        Templates.notice(ctx, "sharing.revoked");
        ctx.redirect("/admin/sharing");
    }

    private void list(Context ctx) {
        ctx.json(sharing.all().stream().map(SharingRoutes::json).toList());
    }

    private void apiCreate(Context ctx) {
        JsonBody body = JsonBody.of(ctx);
        UUID id = sharing.create(CurrentUser.of(ctx), new SharingAgreement.Draft(body.id("grantor_org_id"),
                body.id("partner_org_id").orElse(null), body.texts("kinds"),
                body.bool("pseudonymous").orElse(true),
                body.date("records_from"), body.text("note")));
        ctx.status(201).json(Map.of("id", id));
    }

    private void apiRevoke(Context ctx) {
        sharing.revoke(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "agreement"));
        ctx.status(204);
    }

    private static Map<String, Object> json(SharingAgreement g) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", g.id());
        json.put("grantor_org_id", g.grantorId().orElse(null));
        json.put("partner_org_id", g.partnerId());
        json.put("kinds", List.copyOf(g.kinds()));
        json.put("pseudonymous", g.pseudonymous());
        json.put("records_from", g.recordsFrom().map(Object::toString).orElse(null));
        json.put("active", g.active());
        return json;
    }
}
