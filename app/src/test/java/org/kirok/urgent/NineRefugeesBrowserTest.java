package org.kirok.urgent;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.Browser;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The scenarios in a real browser, on fictional people: the nine refugees' case from the Vietnam arrest to
 * Shenyang, the WGEID communication and a reminder mail; a meeting with two survivors and its follow-up statement
 * on the coalition's page; the calendar export read by a standard parser.
 */
class NineRefugeesBrowserTest {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final String PASSWORD = "rivers of the north at dawn";
    static TestSystem system;
    static Api api;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        system.createUser("desk", Role.ADMIN, PASSWORD);
        api = system.api(system.tokenFor("desk-api", Role.ADMIN));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static String create(String path, String json) {
        Api.Response response = api.post(path, json);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static String risk(Browser browser) {
        return browser.text(By.id("case-risk"));
    }

    private static void event(Browser browser, String type, String date, String place, String country, String lat,
                              String lon, String holder) {
        new Select(browser.find(By.cssSelector("#event-form select[name='type']"))).selectByValue(type);
        browser.type(By.cssSelector("#event-form input[name='date']"), date);
        browser.type(By.cssSelector("#event-form input[name='place_name']"), place);
        browser.type(By.cssSelector("#event-form input[name='place_country']"), country);
        browser.type(By.cssSelector("#event-form input[name='place_lat']"), lat);
        browser.type(By.cssSelector("#event-form input[name='place_lon']"), lon);
        browser.type(By.cssSelector("#event-form input[name='holder_name']"), holder);
        browser.click(By.cssSelector("#event-form button[type=submit]"));
    }

    private static HttpResponse<byte[]> fetch(Browser browser, String path) throws Exception {
        String session = browser.driver().manage().getCookieNamed("kirok_session").getValue();
        HttpRequest request = HttpRequest.newBuilder(URI.create(system.baseUrl() + path))
                .header("Cookie", "kirok_session=" + session).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_case_rises_to_imminent_at_shenyang_the_communication_completes_and_a_reminder_names_no_one()
            throws Exception {
        String mother = create("/api/v1/persons", "{\"names\":[{\"text\":\"가상엄마 림\"}],\"sex\":\"F\",\"birth_year\":1988}");
        create("/api/v1/persons", "{\"names\":[{\"text\":\"가상아기 림\"}],\"sex\":\"M\",\"birth_year\":2014}");
        create("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"Fictional Rescue Desk\"}");
        try (Browser browser = Browser.open(system.baseUrl(), "en")) {
            browser.login("desk", PASSWORD, () -> system.totpCode("desk")).waitForText("Welcome");
            browser.go("/urgent-cases/new");
            browser.type(By.name("title"), "Fictional group of nine");
            browser.click(By.cssSelector("form button.primary"));
            browser.waitForText("Timeline of custody");
            String casePath = browser.path();
            for (String name : new String[] {"가상엄마 림", "가상아기 림"}) {
                browser.choose("person_id", name, name);
                browser.click(By.cssSelector("form.add-person button[type=submit]"));
                browser.waitUntil(d -> d.findElement(By.id("persons")).getText().contains(name));
            }
            assertThat(risk(browser)).isEqualTo("Low");

            event(browser, "arrest", "2015-10-22", "Lao Cai", "VN", "22.48", "103.97", "Vietnamese police");
            browser.waitUntil(d -> risk(browser).equals("Elevated"));
            event(browser, "transfer", "2015-10-27", "Dongxing", "CN", "21.548", "107.972", "Chinese public security");
            browser.waitUntil(d -> d.getPageSource().contains("Dongxing, CN"));
            assertThat(risk(browser)).isEqualTo("Elevated");
            event(browser, "transfer", "2015-11-16", "Shenyang", "CN", "41.79", "123.43", "Chinese public security");
            browser.waitUntil(d -> risk(browser).equals("Imminent"));
            assertThat(browser.text(By.id("risk-history"))).contains("Elevated → Imminent");
            assertThat(browser.text(By.id("timeline"))).contains("km from the DPRK–China border");
            browser.go("/persons/" + mother);
            browser.waitUntil(d -> d.getPageSource().contains("Fictional group of nine"));
            assertThat(browser.page()).contains("Urgent cases (1)").contains("Imminent");
            HttpResponse<byte[]> map = fetch(browser, casePath + "/route.svg");
            assertThat(new String(map.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("3 Shenyang",
                    "marker-end");

            browser.go(casePath + "/communication");
            assertThat(browser.text(By.id("missing-count"))).contains("3");
            assertThat(browser.text(By.id("elements"))).contains("✗ Steps taken", "✓ Date of arrest");
            browser.type(By.name("steps_taken"), "Inquiry with the Chinese embassy on 2015-11-17; no answer.");
            browser.choose("submitter_id", "Fictional Rescue", "Fictional Rescue Desk");
            browser.type(By.name("submitter_contact"), "desk@fictional.example");
            browser.click(By.name("family_consent"));
            browser.click(By.cssSelector("form button.primary"));
            browser.waitUntil(d -> !d.findElements(By.id("download-communication")).isEmpty());
            HttpResponse<byte[]> docx = fetch(browser, casePath + "/communication.docx");
            assertThat(docx.statusCode()).isEqualTo(200);
            assertThat(DocxText.of(docx.body())).contains("가상엄마 림", "Shenyang", "Chinese public security",
                    "Inquiry with the Chinese embassy");

            browser.go("/admin/urgent/mail");
            browser.click(By.name("enabled"));
            browser.type(By.name("host"), "127.0.0.1");
            browser.type(By.name("port"), String.valueOf(smtp.getSmtp().getPort()));
            new Select(browser.find(By.name("security"))).selectByValue("none");
            browser.type(By.name("sender"), "kirok@fictional.example");
            browser.type(By.name("recipients"), "desk@fictional.example");
            browser.click(By.cssSelector("form[action='/admin/urgent/mail'] button.primary"));
            browser.waitForText("Saved.");
            browser.go(casePath);
            browser.find(By.cssSelector("#deadline-form input[name='due_on']")).sendKeys(
                    LocalDate.now().format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
            browser.type(By.cssSelector("#deadline-form input[name='label']"), "call 가상엄마's brother");
            browser.click(By.cssSelector("#deadline-form button[type=submit]"));
            // "Next check-in" is also an option of the form's own select: wait for the saved label instead
            browser.waitForText("brother");
            browser.go("/urgent/due");
            browser.waitForText("Next check-in");
            browser.go("/admin/urgent/mail");
            browser.click(By.id("send-reminders"));
            // the server's own scheduler may have sent it a moment before: either way one mail goes out
            browser.waitUntil(d -> d.getPageSource().contains("The reminder was sent.")
                    || d.getPageSource().contains("Nothing to remind of"));
        }
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        String text = mail.getSubject() + "\n" + mail.getContent();
        assertThat(text).contains("check in", "risk: imminent").doesNotContain("가상").doesNotContain("Fictional group")
                .doesNotContain("brother");
    }

    @Test
    void a_meeting_with_two_survivors_and_its_follow_up_statement_appear_on_the_coalitions_page() throws Exception {
        String coalition = create("/api/v1/organisations", "{\"kind\":\"coalition\",\"name_en\":\"Fictional Council of 61\"}");
        String member = create("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"Fictional Member Group\"}");
        create("/api/v1/organisations/" + coalition + "/relations", "{\"member_id\":\"" + member + "\",\"kind\":\"member\"}");
        create("/api/v1/persons", "{\"names\":[{\"text\":\"생존자가상 하나\"}]}");
        create("/api/v1/persons", "{\"names\":[{\"text\":\"생존자가상 둘\"}]}");
        try (Browser browser = Browser.open(system.baseUrl(), "en")) {
            browser.login("desk", PASSWORD, () -> system.totpCode("desk")).waitForText("Welcome");
            browser.go("/advocacy/new");
            browser.type(By.name("title"), "Meeting with the High Commissioner's office");
            browser.type(By.name("officials"), "Fictional officer, OHCHR");
            browser.choose("org_1", "Fictional Council", "Fictional Council of 61");
            browser.choose("person_1", "생존자가상 하나", "생존자가상 하나");
            browser.choose("person_2", "생존자가상 둘", "생존자가상 둘");
            browser.type(By.name("themes"), "forced repatriation, camps");
            browser.click(By.cssSelector("#activity-form button.primary"));
            browser.waitForText("Log a follow-up");
            assertThat(browser.page()).contains("생존자가상 하나", "생존자가상 둘");
            browser.click(By.linkText("Log a follow-up"));
            browser.type(By.name("title"), "Joint statement after the meeting");
            browser.click(By.cssSelector("#activity-form button.primary"));
            // the form itself is labelled "Follows up", so wait for the saved activity's own page
            browser.waitUntil(d -> !d.getCurrentUrl().contains("/advocacy/new")
                    && d.getPageSource().contains("Follows up"));
            browser.go("/organisations/" + coalition);
            browser.waitForText("Joint statement after the meeting");
            String jointWork = browser.text(By.id("joint-work"));
            assertThat(jointWork).contains("Meeting with the High Commissioner's office", "with 2 person(s)",
                    "Joint statement after the meeting", "Fictional Member Group");

            browser.go("/advocacy/calendar");
            new Select(browser.find(By.name("kind"))).selectByValue("upr_deadline");
            browser.find(By.name("starts_on")).sendKeys(LocalDate.now().plusMonths(2)
                    .format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
            browser.type(By.name("at_time"), "12:00");
            browser.type(By.name("time_zone"), "Europe/Zurich");
            browser.type(By.name("title"), "Stakeholder submissions due, 조선 UPR");
            browser.click(By.cssSelector("form[action='/advocacy/calendar'] button.primary"));
            browser.waitForText("Stakeholder submissions due");
            HttpResponse<byte[]> ics = fetch(browser, "/advocacy/calendar.ics");
            assertThat(ics.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
            Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics.body(),
                    java.nio.charset.StandardCharsets.UTF_8)));
            calendar.validate();
            assertThat(calendar.getComponents("VEVENT")).hasSize(1);
        }
    }
}
