package org.kirok.analysis.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kirok.analysis.Fixtures;
import org.kirok.person.Sex;
import org.kirok.security.Role;
import org.kirok.store.Confidentiality;
import org.kirok.testing.Browser;
import org.kirok.testing.TestSystem;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * An analyst runs linkage from the analysis page, confirms one uncertain pair and rejects another in the review
 * queue (by click and by keyboard), then un-merges the confirmed record from the person's page — in a real browser.
 */
class LinkageReviewBrowserTest {
    static final String PASSWORD = "the same person in another record";
    static TestSystem system;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        system.createUser("reviewer", Role.ANALYST, PASSWORD);
        Fixtures.mentions(system, 300, 77);
        Fixtures.person(system, List.of("김영철"), Optional.of(Sex.M), Optional.of(1968), Confidentiality.INTERNAL);
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void confirms_and_rejects_pairs_in_the_queue_then_unmerges_from_the_person_page() {
        try (Browser browser = Browser.open(system.baseUrl(), "en")) {
            browser.login("reviewer", PASSWORD, () -> system.totpCode("reviewer")).waitForText("Welcome");
            browser.go("/analysis");
            browser.click(By.cssSelector("form[action='/analysis/linkage/runs'] button.primary"));
            browser.waitForText("Linkage started");
            // the job fragment polls and reloads the page when the run is done
            waitLong(browser, () -> browser.page().contains("Open the review queue"));
            browser.click(By.linkText("Open the review queue"));
            browser.waitForText("Review queue");
            List<WebElement> pairs = browser.all(By.cssSelector("article[data-pair]"));
            assertThat(pairs).as("uncertain pairs to review").hasSizeGreaterThanOrEqualTo(2);
            String confirmedLeft = hidden(pairs.get(0), "left");
            String confirmedRight = hidden(pairs.get(0), "right");
            String rejectedLeft = hidden(pairs.get(1), "left");
            String rejectedRight = hidden(pairs.get(1), "right");
            assertThat(pairs.get(0).getText()).contains("Surname").contains("Given name").contains("Total weight");

            pairs.get(0).findElement(By.cssSelector("button[value='same']")).click();
            browser.waitForText("Recorded: the same person");
            // the keyboard decides the next pair, which has the focus once the decided one is replaced
            browser.waitUntil(d -> d.switchTo().activeElement().getDomAttribute("data-pair") != null);
            new Actions(browser.driver()).sendKeys("d").perform();
            browser.waitForText("Recorded: different people");

            LinkageService linkage = system.kirok().features().analysis().linkage();
            var reviewer = system.kirok().jdbi().withHandle(h -> system.kirok().core().users().byUsername(h, "reviewer")).orElseThrow();
            PersonPair confirmed = PersonPair.of(UUID.fromString(confirmedLeft), UUID.fromString(confirmedRight));
            PersonPair rejected = PersonPair.of(UUID.fromString(rejectedLeft), UUID.fromString(rejectedRight));
            assertThat(linkage.history(reviewer, confirmed)).last().satisfies(j -> {
                assertThat(j.decision()).isEqualTo(Decision.SAME);
                assertThat(j.status()).isEqualTo(JudgmentStatus.ASSERTED);
            });
            assertThat(linkage.history(reviewer, rejected)).last()
                    .satisfies(j -> assertThat(j.decision()).isEqualTo(Decision.DIFFERENT));
            assertThat(linkage.entity(reviewer, rejected.left()).others()).extracting(EntityView.Member::id)
                    .doesNotContain(rejected.right());

            browser.go("/persons/" + confirmed.left());
            By member = By.cssSelector("#same-person tr[data-member='" + confirmed.right() + "']");
            browser.waitUntil(d -> !d.findElements(member).isEmpty());
            browser.find(member).findElement(By.cssSelector("button.danger")).click();
            browser.driver().switchTo().alert().accept();
            browser.waitForText("Un-merged");
            assertThat(browser.all(member)).isEmpty();
            assertThat(linkage.history(reviewer, confirmed)).last()
                    .satisfies(j -> assertThat(j.status()).isEqualTo(JudgmentStatus.RETRACTED));
        }
    }

    private static String hidden(WebElement pair, String name) {
        return pair.findElement(By.cssSelector("input[name='" + name + "']")).getDomAttribute("value");
    }

    /** Linkage on a loaded machine may take longer than the browser's usual ten seconds. */
    private static void waitLong(Browser browser, java.util.function.BooleanSupplier done) {
        Fixtures.await(() -> done.getAsBoolean(), Boolean::booleanValue);
        if (!done.getAsBoolean()) {
            throw new AssertionError("the linkage run did not finish; page saved to " + browser.dump());
        }
    }
}
