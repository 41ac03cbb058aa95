package org.kirok.vault;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.kirok.security.Permission;
import org.kirok.store.InvalidInputException;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/** The administrator's key page: which master key is primary, how many data keys each wraps, and rotation. */
public final class KeyRoutes implements Feature {
    private final LiveRotation rotation;
    private final Templates templates;

    public KeyRoutes(LiveRotation rotation, Templates templates) {
        this.rotation = rotation;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/admin/keys", Permission.MANAGE_USERS, "Vault keys and rotation", ctx -> page(ctx, "", Optional.empty()));
        router.post("/admin/keys/rotate", Permission.MANAGE_USERS, "Rotate the master key (no downtime)", this::rotate);
    }

    private void rotate(Context ctx) {
        if (!"yes".equals(ctx.formParam("confirm"))) {
            ctx.status(400);
            page(ctx, "tick the box to confirm the rotation", Optional.empty());
            return;
        }
        char[] passphrase = Optional.ofNullable(ctx.formParam("passphrase")).orElse("").toCharArray();
        try {
            LiveRotation.Result result = rotation.rotate(CurrentUser.of(ctx).actor(), Optional.of(passphrase));
            page(ctx, "", Optional.of(result));
        } catch (InvalidInputException e) {
            ctx.status(400);
            page(ctx, FormErrors.message(ctx, e), Optional.empty());
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }

    private void page(Context ctx, String error, Optional<LiveRotation.Result> result) {
        templates.render(ctx, "admin/keys.jte", Map.of("status", rotation.status(), "error", error,
                "result", result));
    }
}
