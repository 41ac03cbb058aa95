package org.kirok.urgent;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.security.User;
import org.kirok.store.ConflictException;
import org.kirok.store.StaleEditException;
import org.kirok.vault.IdentityVault;

/**
 * The SMTP settings (the password sealed under the vault's master key, never shown again) and the reminder mails:
 * one mail listing every open deadline due today or overdue that has not been announced today, by case code, kind,
 * day and risk, with links — never a name, a title, a label or any other free text, since mail leaves the
 * installation in clear. Sending and settings changes are audited. Thread-safe.
 */
public final class MailService {
    static final String SECRET_CONTEXT = "smtp-password";

    private final Jdbi jdbi;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final SmtpClient smtp = new SmtpClient();
    private final DeadlineStore deadlines = new DeadlineStore();

    public MailService(Jdbi jdbi, IdentityVault vault, AuditLog audit) {
        this.jdbi = jdbi;
        this.vault = vault;
        this.audit = audit;
    }

    public MailSettings settings() {
        return jdbi.withHandle(this::settings);
    }

    private MailSettings settings(Handle handle) {
        return handle.createQuery("""
                SELECT enabled, host, port, security, username, password_enc IS NOT NULL, sender, recipients, base_url, version
                FROM mail_settings WHERE id = 1""")
                .map((rs, ctx) -> new MailSettings(rs.getBoolean(1), rs.getString(2), rs.getInt(3),
                        MailSecurity.parse(rs.getString(4)), Optional.ofNullable(rs.getString(5)), rs.getBoolean(6),
                        rs.getString(7), MailSettings.parseRecipients(rs.getString(8)), rs.getString(9), rs.getInt(10)))
                .one();
    }

    /**
     * Saves the settings; {@code password} empty keeps the stored one, {@code clearPassword} removes it. The audit
     * entry names the changed settings but never the password.
     */
    public void save(User user, int expectedVersion, MailSettings settings, Optional<String> password, boolean clearPassword) {
        jdbi.useTransaction(handle -> {
            int updated = handle.createUpdate("""
                    UPDATE mail_settings SET enabled = :enabled, host = :host, port = :port, security = :security,
                           username = :username, sender = :sender, recipients = :recipients, base_url = :base,
                           password_enc = CASE WHEN :clear THEN NULL WHEN :password IS NULL THEN password_enc ELSE :password END,
                           version = version + 1
                    WHERE id = 1 AND version = :expected""")
                    .bind("enabled", settings.enabled()).bind("host", settings.host()).bind("port", settings.port())
                    .bind("security", settings.security().code()).bind("username", settings.username().orElse(null))
                    .bind("sender", settings.sender()).bind("recipients", String.join(", ", settings.recipients()))
                    .bind("base", settings.baseUrl()).bind("clear", clearPassword)
                    .bind("password", password.filter(p -> !p.isEmpty())
                            .map(p -> vault.sealSecret(SECRET_CONTEXT, p.getBytes(StandardCharsets.UTF_8))).orElse(null))
                    .bind("expected", expectedVersion).execute();
            if (updated != 1) {
                throw new StaleEditException("mail settings", 1, expectedVersion);
            }
            audit.record(handle, user.actor(), "urgent.mail_settings_saved", Map.of("enabled", settings.enabled(),
                    "host", settings.host(), "port", settings.port(), "security", settings.security().code(),
                    "recipients", settings.recipients().size(), "password_changed", password.isPresent() || clearPassword));
        });
    }

    /** Sends a test mail to the recipients; a failure is a 409 with the server's answer. */
    public void sendTest(User user) {
        MailSettings settings = settings();
        send(settings, "[Kirok] test mail", "This is a test of Kirok's reminder mails. It names no person.\n\n"
                + settings.baseUrl() + "/urgent/due\n");
        jdbi.useTransaction(handle -> audit.record(handle, user.actor(), "urgent.mail_test_sent",
                Map.of("recipients", settings.recipients().size())));
    }

    /**
     * Sends the day's reminder if reminders are enabled and anything is due; returns how many deadlines it named.
     * Synchronized so that the scheduler and "send now" never announce the same deadline twice.
     */
    public synchronized int sendReminders(Actor actor, LocalDate today) {
        MailSettings settings = settings();
        if (!settings.enabled()) {
            return 0;
        }
        List<Deadline> due = jdbi.withHandle(handle -> deadlines.unnotified(handle, today));
        if (due.isEmpty()) {
            return 0;
        }
        send(settings, "[Kirok] " + due.size() + " urgent-case deadline" + (due.size() == 1 ? "" : "s") + " due "
                + today, ReminderText.body(due, today, settings.baseUrl()));
        jdbi.useTransaction(handle -> {
            deadlines.markNotified(handle, due.stream().map(Deadline::id).toList(), today);
            audit.record(handle, actor, "urgent.reminder_sent", Map.of("deadlines",
                    due.stream().map(d -> d.id().toString()).toList(), "recipients", settings.recipients().size()));
        });
        return due.size();
    }

    private void send(MailSettings settings, String subject, String body) {
        if (settings.host().isEmpty() || settings.sender().isEmpty() || settings.recipients().isEmpty()) {
            throw new ConflictException("mail_not_configured", "Set the SMTP host, the sender and the recipients first.");
        }
        Optional<String> password = jdbi.withHandle(handle -> handle.createQuery(
                "SELECT password_enc FROM mail_settings WHERE id = 1").map((rs, ctx) -> Optional.ofNullable(rs.getBytes(1)))
                .one()).map(sealed -> new String(vault.openSecret(SECRET_CONTEXT, sealed), StandardCharsets.UTF_8));
        try {
            smtp.send(new SmtpClient.Server(settings.host(), settings.port(), settings.security(), settings.username(),
                    password), new MailMessage(settings.sender(), settings.recipients(), subject, body));
        } catch (MailFailure e) {
            throw new ConflictException("mail_failed", e.getMessage());
        }
    }

    /** For tests and the page: the ids of the deadlines that today's reminder would name. */
    List<UUID> pending(LocalDate today) {
        return jdbi.withHandle(handle -> deadlines.unnotified(handle, today)).stream().map(Deadline::id).toList();
    }
}
