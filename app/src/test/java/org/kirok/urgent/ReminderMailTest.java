package org.kirok.urgent;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Optional;
import org.kirok.audit.Actor;
import org.kirok.security.Role;
import org.kirok.security.User;
import org.kirok.store.ConflictException;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reminder mails through a real SMTP conversation with an in-process server (GreenMail): never a name in them. */
@Tag("store")
class ReminderMailTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                    .withUser("kirok@fictional.example", "kirok-mailer", "s3cret-smtp-password"));

    static TestSystem system;
    static Api coordinator;
    static User admin;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        coordinator = system.api(system.tokenFor("mail-coordinator", Role.COORDINATOR));
        java.util.UUID id = system.createUser("mail-admin", Role.ADMIN, "a long and private sentence");
        admin = system.kirok().jdbi().withHandle(h -> system.kirok().core().users().byId(h, id)).orElseThrow();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static MailService mail() {
        return system.kirok().features().urgent().mail();
    }

    private static void configure(boolean enabled, String password) {
        MailSettings current = mail().settings();
        mail().save(admin, current.version(), new MailSettings(enabled, "127.0.0.1", smtp.getSmtp().getPort(),
                MailSecurity.NONE, Optional.of("kirok-mailer"), false, "kirok@fictional.example",
                java.util.List.of("desk@fictional.example", "lead@fictional.example"), "https://kirok.fictional.example",
                0), Optional.ofNullable(password), false);
    }

    @Test
    void a_reminder_for_a_due_deadline_reaches_the_server_without_any_name() throws Exception {
        configure(true, "s3cret-smtp-password");
        String caseId = UrgentApiTest.created(coordinator.post("/api/v1/urgent-cases",
                "{\"title\":\"Group with 김가상 (fictional)\"}"));
        String person = UrgentApiTest.created(coordinator.post("/api/v1/persons", "{\"names\":[{\"text\":\"김가상\"}]}"));
        coordinator.post("/api/v1/urgent-cases/" + caseId + "/persons", "{\"person_id\":\"" + person + "\"}");
        coordinator.post("/api/v1/urgent-cases/" + caseId + "/events", UrgentApiTest.SHENYANG);
        UrgentApiTest.created(coordinator.post("/api/v1/urgent-cases/" + caseId + "/deadlines",
                "{\"kind\":\"check_in\",\"due_on\":\"" + LocalDate.now() + "\",\"label\":\"call 김가상's sister\"}"));
        String code = coordinator.get("/api/v1/urgent-cases/" + caseId).json().get("code").asText();

        int named = mail().sendReminders(Actor.SYSTEM, LocalDate.now());
        assertThat(named).isGreaterThanOrEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2); // one copy per recipient
        MimeMessage message = received[0];
        String body = String.valueOf(message.getContent());
        assertThat(message.getSubject()).contains("due " + LocalDate.now());
        assertThat(body).contains(code, "check in", "risk: imminent",
                "https://kirok.fictional.example/urgent-cases/" + caseId);
        assertThat(body + message.getSubject()).doesNotContain("김가상").doesNotContain("Group with")
                .doesNotContain("sister");

        // announced once a day: a second run the same day sends nothing new
        assertThat(mail().sendReminders(Actor.SYSTEM, LocalDate.now())).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        // and the password is stored sealed, never in clear
        String stored = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT encode(password_enc, 'escape') FROM mail_settings").mapTo(String.class).one());
        assertThat(stored).doesNotContain("s3cret-smtp-password");
    }

    @Test
    void a_wrong_password_is_reported_with_the_servers_answer() {
        configure(false, "wrong-password");
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> mail().sendTest(admin))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("AUTH");
        } finally {
            configure(false, "s3cret-smtp-password");
        }
    }

    @Test
    void disabled_reminders_send_nothing() {
        configure(false, null);
        assertThat(mail().sendReminders(Actor.SYSTEM, LocalDate.now().plusDays(30))).isZero();
    }

    @Test
    void dot_stuffing_protects_a_line_that_starts_with_a_dot() {
        assertThat(SmtpClient.dotStuffed(".hidden\r\nline\r\n.end")).isEqualTo("..hidden\r\nline\r\n..end");
    }
}
