package org.kirok.security;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.store.InvalidInputException;

/**
 * Logging in, passwords and the first administrator. Unknown users and wrong passwords get the same answer
 * after the same work (a decoy hash is verified), so the login form does not reveal who has an account.
 * Thread-safe.
 */
public final class Accounts {
    private final Jdbi jdbi;
    private final UserStore users;
    private final SessionStore sessions;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy = new PasswordPolicy();
    private final LoginThrottle throttle = new LoginThrottle();
    private final String decoyHash;

    public Accounts(Jdbi jdbi, UserStore users, SessionStore sessions, AuditLog audit, PasswordHasher hasher) {
        this.jdbi = jdbi;
        this.users = users;
        this.sessions = sessions;
        this.audit = audit;
        this.hasher = hasher;
        this.decoyHash = hasher.decoy();
    }

    /** The outcome of a login attempt. */
    public sealed interface Login {
        record Success(User user, String sessionSecret) implements Login {
        }

        record Refused() implements Login {
        }

        record Throttled() implements Login {
        }
    }

    public Login login(String username, String password, String address) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (!throttle.allowed(name, address)) {
            return new Login.Throttled();
        }
        return jdbi.inTransaction(handle -> {
            Optional<User> user = users.byUsername(handle, name);
            String hash = user.flatMap(u -> users.passwordHash(handle, u.id())).orElse(decoyHash);
            boolean matches = hasher.verify(password, hash);
            if (user.isEmpty() || !matches || user.get().disabled()) {
                throttle.failed(name, address);
                audit.record(handle, Actor.SYSTEM, "login.failed", Map.of("address", address));
                return new Login.Refused();
            }
            throttle.succeeded(name);
            String secret = sessions.create(handle, user.get().id(), !user.get().totpEnabled());
            audit.record(handle, user.get().actor(), "login", "user", user.get().id(), Map.of("address", address));
            return new Login.Success(user.get(), secret);
        });
    }

    public void changePassword(User user, String current, String replacement) {
        jdbi.useTransaction(handle -> {
            String hash = users.passwordHash(handle, user.id()).orElseThrow();
            if (!hasher.verify(current, hash)) {
                throw new InvalidInputException(Optional.of("current"), "password.current_wrong",
                        "The current password is not right.");
            }
            requireAcceptable(replacement, user.username());
            users.setPassword(handle, user.id(), hasher.hash(replacement), false);
            sessions.deleteAllOf(handle, user.id());
            audit.record(handle, user.actor(), "password.changed", "user", user.id(), Map.of());
        });
    }

    public void requireAcceptable(String password, String username) {
        policy.check(password, username).ifPresent(refusal -> {
            throw new InvalidInputException(Optional.of("password"), refusal.messageKey(), refusal.message());
        });
    }

    /** Creates the first administrator with a one-time password; empty when users already exist. */
    public Optional<String> bootstrapAdmin() {
        return jdbi.inTransaction(handle -> {
            handle.execute("LOCK TABLE app_user IN EXCLUSIVE MODE");
            if (users.any(handle)) {
                return Optional.empty();
            }
            String password = Tokens.newReadablePassword();
            UUID id = UUID.randomUUID();
            users.insert(handle, new UserStore.NewUser(id, "admin", "Administrator", Role.ADMIN, Optional.empty(),
                    "en", hasher.hash(password), true));
            audit.record(handle, Actor.SYSTEM, "user.created", "user", id, Map.of("username", "admin", "role", "admin"));
            return Optional.of(password);
        });
    }

    public PasswordHasher hasher() {
        return hasher;
    }
}
