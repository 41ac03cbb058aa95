package org.kirok.security;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * Administrators manage accounts: create one with a role (the new user gets a one-time password, shown once and
 * never stored in clear), change role or language, disable, and reset a password. Every change is audited.
 */
public final class UserAdminRoutes implements Feature {
    private final Jdbi jdbi;
    private final UserStore users;
    private final SessionStore sessions;
    private final Accounts accounts;
    private final SecondFactor secondFactor;
    private final AuditLog audit;
    private final Templates templates;

    public UserAdminRoutes(Jdbi jdbi, UserStore users, SessionStore sessions, Accounts accounts,
                           SecondFactor secondFactor, AuditLog audit, Templates templates) {
        this.secondFactor = secondFactor;
        this.jdbi = jdbi;
        this.users = users;
        this.sessions = sessions;
        this.accounts = accounts;
        this.audit = audit;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/admin/users", Permission.MANAGE_USERS, "User list", ctx -> list(ctx, "", FormValues.empty(), ""));
        router.post("/admin/users", Permission.MANAGE_USERS, "Create a user", this::create);
        router.post("/admin/users/{id}", Permission.MANAGE_USERS, "Change a user", this::update);
        router.post("/admin/users/{id}/password", Permission.MANAGE_USERS, "Reset a user's password", this::reset);
        router.post("/admin/users/{id}/totp", Permission.MANAGE_USERS, "Reset a user's second factor", this::resetTotp);
    }

    private void list(Context ctx, String error, FormValues values, String oneTimePassword) {
        templates.render(ctx, "admin/users.jte", Map.of("users", jdbi.withHandle(users::all), "error", error,
                "values", values, "oneTimePassword", oneTimePassword, "roles", Role.values()));
    }

    private void create(Context ctx) {
        User admin = CurrentUser.of(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            String username = values.requiredText("username").toLowerCase(Locale.ROOT);
            if (!username.matches("[a-z0-9._-]{2,64}")) {
                throw new InvalidInputException("username", "a username has 2 to 64 lower-case letters, digits, '.', '_' or '-'");
            }
            Role role = Role.parse(values.requiredText("role"));
            String password = Tokens.newReadablePassword();
            UUID id = UUID.randomUUID();
            jdbi.useTransaction(handle -> {
                if (users.byUsername(handle, username).isPresent()) {
                    throw new InvalidInputException("username", "the username '" + username + "' is taken");
                }
                users.insert(handle, new UserStore.NewUser(id, username, values.text("display_name").orElse(username),
                        role, Optional.empty(), values.text("locale").orElse("en"), accounts.hasher().hash(password), true));
                audit.record(handle, admin.actor(), "user.created", "user", id, Map.of("username", username, "role", role.code()));
            });
            list(ctx, "", FormValues.empty(), username + ": " + password);
        } catch (InvalidInputException e) {
            ctx.status(400);
            list(ctx, FormErrors.message(ctx, e), values, "");
        }
    }

    private void update(Context ctx) {
        User admin = CurrentUser.of(ctx);
        UUID id = Ids.parse(ctx.pathParam("id"), "user");
        FormValues values = FormValues.of(ctx);
        jdbi.useTransaction(handle -> {
            User current = users.byId(handle, id).orElseThrow(() -> new NotFoundException("user"));
            boolean disabled = values.checked("disabled");
            if (current.id().equals(admin.id()) && (disabled || !values.get("role").equals(Role.ADMIN.code()))) {
                throw new InvalidInputException("role", "you cannot remove your own administrator rights");
            }
            User changed = new User(id, current.username(), values.text("display_name").orElse(current.displayName()),
                    Role.parse(values.requiredText("role")), current.organisationId(), values.text("locale").orElse(current.locale()),
                    current.mustChangePassword(), current.totpEnabled(), disabled, current.version());
            users.update(handle, changed, values.version());
            if (disabled) {
                sessions.deleteAllOf(handle, id);
            }
            audit.record(handle, admin.actor(), "user.updated", "user", id, Map.of("role", changed.role().code(),
                    "disabled", disabled));
        });
        Templates.notice(ctx, "common.saved");
        ctx.redirect("/admin/users");
    }

    private void resetTotp(Context ctx) {
        User admin = CurrentUser.of(ctx);
        UUID id = Ids.parse(ctx.pathParam("id"), "user");
        jdbi.useTransaction(handle -> {
            users.byId(handle, id).orElseThrow(() -> new NotFoundException("user"));
            secondFactor.reset(handle, admin, id);
            sessions.deleteAllOf(handle, id);
        });
        Templates.notice(ctx, "users.totp_reset_done");
        ctx.redirect("/admin/users");
    }

    private void reset(Context ctx) {
        User admin = CurrentUser.of(ctx);
        UUID id = Ids.parse(ctx.pathParam("id"), "user");
        String password = Tokens.newReadablePassword();
        String username = jdbi.inTransaction(handle -> {
            User user = users.byId(handle, id).orElseThrow(() -> new NotFoundException("user"));
            users.setPassword(handle, id, accounts.hasher().hash(password), true);
            sessions.deleteAllOf(handle, id);
            audit.record(handle, admin.actor(), "user.password_reset", "user", id, Map.of());
            return user.username();
        });
        list(ctx, "", FormValues.empty(), username + ": " + password);
    }
}
