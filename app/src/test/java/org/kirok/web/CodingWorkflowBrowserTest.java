package org.kirok.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.kirok.security.Role;
import org.kirok.testing.Base32;
import org.kirok.testing.Browser;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An interviewer records a testimony and codes three acts from it in a real browser, then finds them again. */
class CodingWorkflowBrowserTest {
    static TestSystem system;
    static String oneTimeAdminPassword;
    static final String PASSWORD = "tumen river at dawn 2019";

    @BeforeAll
    static void start() {
        system = TestSystem.startWithDemo();
        oneTimeAdminPassword = system.adminOneTimePassword().orElseThrow();
        system.createUser("interviewer", Role.CODER, PASSWORD);
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void the_first_login_forces_a_new_password_and_then_lands_home() {
        String oneTime = oneTimeAdminPassword;
        try (Browser browser = Browser.open(system.baseUrl(), "en")) {
            browser.login("admin", oneTime);
            assertThat(browser.path()).isEqualTo("/account/password");
            browser.type(By.name("current"), oneTime).type(By.name("password"), "password123")
                    .type(By.name("repeat"), "password123").click(By.cssSelector("form[action='/account/password'] button"));
            browser.waitForText("commonly used passwords");
            browser.type(By.name("current"), oneTime).type(By.name("password"), "a long and private sentence")
                    .type(By.name("repeat"), "a long and private sentence")
                    .click(By.cssSelector("form[action='/account/password'] button"));
            // an administrator reads identities: the next step is enrolling an authenticator app
            browser.waitForText("Set up your authenticator app");
            assertThat(browser.path()).isEqualTo("/account/totp");
            assertThat(browser.find(By.cssSelector(".qr svg")).isDisplayed()).isTrue();
            byte[] secret = Base32.decode(browser.text(By.cssSelector("code.secret")));
            browser.type(By.name("code"), system.kirok().core().secondFactor().currentCode(secret))
                    .click(By.cssSelector("form[action='/account/totp'] button"));
            browser.waitForText("recovery codes");
            assertThat(browser.all(By.cssSelector(".recovery-codes li"))).hasSize(10);
            browser.click(By.linkText("Continue"));
            browser.waitForText("Welcome, Administrator");
            assertThat(browser.path()).isEqualTo("/");
        }
    }

    @Test
    void records_a_testimony_with_three_acts_and_finds_them_by_filter() {
        try (Browser browser = Browser.open(system.baseUrl(), "en")) {
            browser.login("interviewer", PASSWORD, () -> system.totpCode("interviewer")).waitForText("Welcome");
            browser.go("/persons/new");
            browser.type(By.cssSelector("input[name='name_text']"), "한미령");
            new Select(browser.find(By.name("sex"))).selectByValue("F");
            browser.type(By.name("birth_year"), "1985");
            browser.click(By.cssSelector("form button.primary"));
            // "P-" is short enough for the form's random CSRF token to hold it: wait for the saved person's page
            browser.waitUntil(d -> browser.path().matches("/persons/[0-9a-f-]{36}") && d.getPageSource().contains("P-"));
            String personPath = browser.path();
            browser.click(By.linkText("Record a testimony"));
            browser.type(By.name("interview_date"), "06/10/2024");
            browser.type(By.name("transcript"), "온성 집결소에서 조사를 받았습니다. 가상 시험 증언.");
            browser.click(By.cssSelector("form button.primary"));
            browser.waitForText("Code an act from this testimony");

            code(browser, "arbitrary_detention", "2019-03-14", "Onsong holding", "Onsong holding centre", "Ministry of Social", "Ministry of Social Security");
            browser.waitUntil(d -> rows(browser) == 1);
            code(browser, "forced_repatriation", "2019-02-20", "Tumen", "Tumen", "Border Defence", "Chinese Border Defence Forces");
            browser.waitUntil(d -> rows(browser) == 2);
            code(browser, "torture", "2018", "Onsong county state", "Onsong county state security", "State Security", "Ministry of State Security");
            browser.waitUntil(d -> rows(browser) == 3);
            String table = browser.text(By.cssSelector("#coding table"));
            assertThat(table).contains("Forced repatriation").contains("Tumen").contains("한미령").contains("2018")
                    .contains("2019-03-14");

            browser.go("/acts?act_type=forced_repatriation&from=2019&to=2019");
            browser.choose("place", "Tumen", "Tumen");
            browser.click(By.cssSelector("form.filters button[type=submit]"));
            // the unfiltered list may already show 한미령's act: wait for the filtered page's URL first
            browser.waitUntil(d -> browser.path().contains("place=") && d.getPageSource().contains("한미령"));
            browser.go(personPath);
            browser.waitUntil(d -> d.getPageSource().contains("Acts suffered (3)"));
        }
    }

    @Test
    void pages_speak_korean_after_switching_language() {
        try (Browser browser = Browser.open(system.baseUrl(), "en")) {
            browser.login("interviewer", PASSWORD, () -> system.totpCode("interviewer")).waitForText("Welcome");
            browser.go("/testimonies");
            browser.click(By.cssSelector("button[value='ko']"));
            browser.waitForText("증언 기록");
            assertThat(browser.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ko");
            assertThat(browser.page()).contains("면담 날짜").doesNotContain("⟦");
            browser.go("/acts");
            assertThat(browser.page()).contains("행위 유형").contains("년");
            browser.click(By.cssSelector("button[value='en']"));
            browser.waitForText("Code a new act");
        }
    }

    private static void code(Browser browser, String type, String date, String placeQuery, String place,
                             String perpetratorQuery, String perpetrator) {
        new Select(browser.find(By.cssSelector("#coding select[name='act_type']"))).selectByValue(type);
        browser.type(By.cssSelector("#coding input[name='date']"), date);
        browser.choose("place_id", placeQuery, place);
        browser.choose("perp_org_id", perpetratorQuery, perpetrator);
        browser.click(By.cssSelector("#coding form button.primary"));
    }

    private static int rows(Browser browser) {
        List<WebElement> rows = browser.all(By.cssSelector("#coding table tbody tr td a[href^='/acts/']"));
        return rows.size();
    }
}
