package org.kirok.urgent;

import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.kirok.audit.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every quarter of an hour whether today's reminder is due and sends it (at most once a day per deadline:
 * the deadlines remember the day they were announced). Runs on one daemon thread of the server; it stops by
 * itself once the database pool is closed, so a stopped server leaves nothing behind.
 */
final class ReminderScheduler {
    private static final Logger log = LoggerFactory.getLogger(ReminderScheduler.class);
    private static final long PERIOD_MINUTES = 15;

    private final MailService mail;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kirok-reminders");
        thread.setDaemon(true);
        return thread;
    });

    ReminderScheduler(MailService mail) {
        this.mail = mail;
    }

    void start() {
        executor.scheduleWithFixedDelay(this::tick, 2, PERIOD_MINUTES, TimeUnit.MINUTES);
    }

    private void tick() {
        try {
            int sent = mail.sendReminders(Actor.SYSTEM, LocalDate.now());
            if (sent > 0) {
                log.info("reminder mail sent for {} deadline(s)", sent);
            }
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("has been closed")
                    || (e.getCause() != null && String.valueOf(e.getCause().getMessage()).contains("has been closed"))) {
                executor.shutdown();
                return;
            }
            log.warn("reminder mail not sent: {}", e.getMessage());
        }
    }
}
