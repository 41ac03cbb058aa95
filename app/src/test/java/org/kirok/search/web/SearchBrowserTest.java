package org.kirok.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.kirok.security.Role;
import org.kirok.testing.Browser;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * In a real browser over the demo dataset: the search box on every page suggests records as one types Korean, the
 * results page shows highlighted snippets and facets, a facet narrows the results, and a hit opens its record.
 */
class SearchBrowserTest {
    static TestSystem system;
    static final String PASSWORD = "a quiet morning in yanji";

    @BeforeAll
    static void start() {
        system = TestSystem.startWithDemo();
        system.kirok().features().search().catchUp();
        createUser("searcher-en", "en");
        createUser("searcher-ko", "ko");
    }

    private static void createUser(String username, String locale) {
        system.createUser(username, Role.CODER, PASSWORD, locale);
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void searches_in_korean_drills_into_a_facet_and_opens_a_hit() {
        try (Browser browser = Browser.open(system.baseUrl(), "ko")) {
            browser.login("searcher-ko", PASSWORD, () -> system.totpCode("searcher-ko")).waitForText("검색");
            WebElement box = browser.find(By.cssSelector("form.search-box input[name=q]"));
            box.sendKeys("교화소");
            browser.waitUntil(d -> !d.findElements(By.cssSelector("form.search-box ul.suggestions li")).isEmpty());
            box.sendKeys(Keys.ENTER);
            browser.waitUntil(d -> browser.path().startsWith("/search?"));
            browser.waitForText("검색 결과");
            assertThat(browser.all(By.cssSelector("li.hit"))).isNotEmpty();
            assertThat(browser.all(By.cssSelector("p.snippet mark"))).as("highlighted matches").isNotEmpty();
            assertThat(browser.find(By.cssSelector("section.facet[data-dimension=type] h2")).getText()).isEqualTo("유형");

            browser.click(By.xpath("//section[@data-dimension='type']//a[contains(., '증언')]"));
            browser.waitUntil(d -> browser.path().contains("facet.type=testimony"));
            List<WebElement> hits = browser.all(By.cssSelector("li.hit"));
            assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.getDomAttribute("data-type"))
                    .isEqualTo("testimony"));
            assertThat(browser.find(By.cssSelector("section.facet[data-dimension=type] a.chosen")).getText()).contains("증언");

            String title = browser.find(By.cssSelector("li.hit a.hit-title")).getText();
            browser.click(By.cssSelector("li.hit a.hit-title"));
            browser.waitUntil(d -> browser.path().startsWith("/testimonies/"));
            assertThat(browser.page()).contains(title.substring(0, title.indexOf(' ')));
        }
    }

    @Test
    void drills_down_the_place_hierarchy_in_english_and_each_count_is_the_total_it_leads_to() {
        try (Browser browser = Browser.open(system.baseUrl(), "en")) {
            browser.login("searcher-en", PASSWORD, () -> system.totpCode("searcher-en")).waitForText("Welcome");
            browser.go("/search?q=" + java.net.URLEncoder.encode("집결소", java.nio.charset.StandardCharsets.UTF_8)
                    + "&type=act");
            browser.waitForText("Found:");
            for (int level = 1; level <= 2; level++) {
                WebElement value = browser.find(By.cssSelector("section.facet[data-dimension=place] li"));
                String count = value.findElement(By.cssSelector(".count")).getText();
                String label = value.findElement(By.cssSelector("a")).getText();
                value.findElement(By.cssSelector("a")).click();
                int steps = level;
                browser.waitUntil(d -> d.findElements(By.cssSelector("nav.facet-path a")).size() == steps + 1);
                assertThat(browser.find(By.cssSelector("nav.facet-path")).getText()).startsWith("All").contains(label);
                assertThat(browser.find(By.cssSelector("section.hits p.muted")).getText()).isEqualTo("Found: " + count);
            }
            assertThat(browser.find(By.cssSelector("form.search-form input[name=q]")).getDomProperty("value"))
                    .isEqualTo("집결소");
        }
    }
}
