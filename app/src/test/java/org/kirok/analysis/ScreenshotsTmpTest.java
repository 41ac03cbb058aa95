package org.kirok.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kirok.analysis.linkage.RunSettings;
import org.kirok.security.Role;
import org.kirok.testing.Browser;
import org.kirok.testing.TestSystem;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

class ScreenshotsTmpTest {
    @Test
    void shots() throws Exception {
        try (TestSystem system = TestSystem.startWithDemo()) {
            system.createUser("shooter", Role.COORDINATOR, "screenshot passphrase 123");
            var user = system.kirok().jdbi().withHandle(h -> system.kirok().core().users().byUsername(h, "shooter")).orElseThrow();
            var analysis = system.kirok().features().analysis();
            long t0 = System.nanoTime();
            UUID run = analysis.linkage().start(user, RunSettings.DEFAULTS);
            var done = Fixtures.await(() -> analysis.linkage().run(user, run), r -> !r.running());
            System.out.println("DEMO LINKAGE " + (System.nanoTime() - t0) / 1e9 + " s " + done.status() + " " + done.counts() + " " + done.error());
            try (Browser browser = Browser.open(system.baseUrl(), "en")) {
                browser.login("shooter", "screenshot passphrase 123", () -> system.totpCode("shooter")).waitForText("Welcome");
                shot(browser, "/analysis", "home");
                shot(browser, "/analysis/linkage/queue", "queue");
                shot(browser, "/analysis/linkage/runs/" + run, "run");
                browser.go("/analysis/estimates/new");
                shot(browser, "/analysis/estimates/new", "form");
                browser.go("/analysis/estimates/new");
                browser.type(By.name("title"), "Demo: detentions by the two NGOs");
                for (var box : browser.all(By.cssSelector("input[name=lists]"))) {
                    if (box.getDomAttribute("value").startsWith("org:")) box.click();
                }
                browser.driver().findElement(By.name("iterations")).clear();
                browser.driver().findElement(By.name("iterations")).sendKeys("5000");
                browser.click(By.cssSelector("form.estimate-form button.primary"));
                Fixtures.await(() -> browser.page().contains("Methods compared"), b -> b);
                Thread.sleep(1500);
                String path = browser.path();
                shot(browser, path, "estimate");
                var persons = system.kirok().jdbi().withHandle(h -> h.createQuery("SELECT person_id FROM linkage_cluster lc WHERE run_id = :r AND EXISTS (SELECT 1 FROM linkage_cluster o WHERE o.run_id = lc.run_id AND o.cluster_id = lc.cluster_id AND o.person_id <> lc.person_id) LIMIT 1").bind("r", run).mapTo(UUID.class).one());
                browser.go("/persons/" + persons);
                Thread.sleep(1500);
                shot(browser, "/persons/" + persons, "person");
                browser.click(By.cssSelector("button[value='ko']"));
                Thread.sleep(500);
                shot(browser, path, "estimate_ko");
                shot(browser, "/analysis/linkage/queue", "queue_ko");
            }
        }
    }

    private static void shot(Browser browser, String path, String name) throws Exception {
        browser.go(path);
        Thread.sleep(900);
        var driver = browser.driver();
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        long height = (Long) js.executeScript("return document.body.scrollHeight");
        for (int part = 0; part * 900 < Math.min(height, 4500); part++) {
            js.executeScript("window.scrollTo(0, " + part * 900 + ")");
            Thread.sleep(200);
            Files.write(Path.of("/tmp/shots/" + name + "_" + part + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
        Files.writeString(Path.of("/tmp/shots/" + name + ".html"), browser.page());
    }
}
