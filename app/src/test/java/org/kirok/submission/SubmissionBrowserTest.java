package org.kirok.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.kirok.security.Role;
import org.kirok.testing.Browser;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An advocacy officer drafts a joint submission for the DPRK's fourth review from the demo data in a real browser,
 * watches the live word count, and downloads the Word file and the PDF; the register, evidence, statistics, the law
 * page and a statement's timing are visited on the way.
 */
class SubmissionBrowserTest {
    static TestSystem system;
    static final String PASSWORD = "geneva at noon in april";

    @BeforeAll
    static void start() {
        system = TestSystem.startWithDemo();
        system.createUser("advocate", Role.ADVOCACY_OFFICER, PASSWORD);
        system.createUser("coordinator", Role.COORDINATOR, PASSWORD);
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void drafts_a_joint_submission_watches_the_word_count_and_downloads_docx_and_pdf() throws Exception {
        try (Browser browser = Browser.open(system.baseUrl(), "en")) {
            browser.login("advocate", PASSWORD).waitForText("Welcome");
            browser.go("/submissions");
            browser.type(By.name("title"), "Joint submission on the DPRK, fourth UPR cycle");
            browser.type(By.name("state"), "DPR Korea");
            browser.type(By.name("session"), "47");
            new Select(browser.find(By.name("kind"))).selectByValue("joint");
            browser.choose("submitter_1", "Hanbit", "Hanbit Documentation Centre");
            browser.choose("submitter_2", "Saebyeok", "Saebyeok Rights Network");
            browser.click(By.cssSelector("#new form button.primary"));
            browser.waitForText("Hanbit Documentation Centre (fictional) (한빛기록센터 (가상))");
            assertThat(browser.page()).contains("Geneva time").contains("since the previous review on 2019-05-09");
            String submissionPath = browser.path();

            new Select(browser.find(By.cssSelector("select[name='theme']"))).selectByValue("fair_trial");
            browser.click(By.id("add-theme"));
            // the theme select's own option reads "Fair trial and …": wait for the drafted section's heading in the preview
            browser.waitUntil(d -> !d.findElements(By.cssSelector("#preview h3")).isEmpty()
                    && d.getPageSource().contains("Fair trial and the administration of justice"));
            browser.waitUntil(d -> d.findElement(By.id("word-count")).getText().matches("\\d[\\d,]* of 5,630 words.*"));
            String before = browser.text(By.id("word-count"));
            assertThat(browser.text(By.id("preview"))).contains("documented case").contains("1.");

            WebElement body = browser.find(By.id("body"));
            body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
            body.sendKeys("\n\n온성 집결소에서 조사를 받았다는 증언이 이어진다. Witnesses describe trials lasting minutes.");
            browser.waitUntil(d -> !d.findElement(By.id("word-count")).getText().equals(before));
            int words = Integer.parseInt(browser.text(By.id("word-count")).split(" ")[0].replace(",", ""));
            assertThat(words).isEqualTo(Integer.parseInt(before.split(" ")[0].replace(",", "")) + 11);
            By version = By.cssSelector("#body-form input[name='version']");
            String savedVersion = browser.driver().findElement(version).getDomAttribute("value");
            browser.click(By.id("save-body"));
            // the page already shows "Saved." from adding the theme: wait for the version the save creates
            browser.waitUntil(d -> !savedVersion.equals(d.findElement(version).getDomAttribute("value")));
            browser.waitForText("Saved");

            String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            byte[] docx = download(submissionPath + "/export/docx", cookies);
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                 XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                String text = extractor.getText();
                assertThat(text).contains("Joint submission by").contains("Hanbit Documentation Centre (fictional)")
                        .contains("Saebyeok Rights Network (fictional)").contains("1.\t").contains("2.\t")
                        .containsPattern("\\d+ documented cases? of [a-z ,]+ since 9 May 2019")
                        .contains("온성 집결소에서").contains("47th session");
                assertThat(text.indexOf("Saebyeok")).isLessThan(text.indexOf("1.\t"));
            }
            assertHangulDrawn(download(submissionPath + "/export/pdf", cookies));
        }
    }

    @Test
    void the_register_shows_evidence_statistics_and_the_recommendations_about_a_law() {
        try (Browser browser = Browser.open(system.baseUrl(), "en")) {
            browser.login("coordinator", PASSWORD, () -> system.totpCode("coordinator")).waitForText("Welcome");
            browser.go("/upr?state=KP&session=33");
            browser.click(By.partialLinkText("Guarantee the right to a fair trial"));
            browser.waitForText("Acts from 2019-09-19 on");
            browser.waitForText("Not implemented");
            assertThat(browser.page()).doesNotContain("⟦");
            browser.go("/upr/stats?state=KP&session=33");
            assertThat(browser.text(By.id("stat-total"))).isEqualTo("6");
            assertThat(browser.page()).contains("By action category").contains("<svg");
            browser.go("/laws");
            browser.click(By.partialLinkText("Reactionary Thought and Culture Rejection Law"));
            browser.waitForText("Recommendations about this law");
            browser.waitForText("Repeal the Reactionary Thought");
            browser.waitForText("Acts invoking its articles");
            browser.go("/upr/matrix?state=KP&cycle=3");
            assertThat(browser.page()).contains("6 recommendations, 2 assessed.");
            browser.go("/upr?state=KP&session=33");
            browser.click(By.cssSelector("button[value='ko']"));
            browser.waitForText("권고");
            assertThat(browser.page()).doesNotContain("⟦");
        }
    }

    @Test
    void a_statement_warns_as_soon_as_its_text_runs_over_the_slot() {
        try (Browser browser = Browser.open(system.baseUrl(), "en")) {
            browser.login("advocate", PASSWORD).waitForText("Welcome");
            browser.go("/statements");
            browser.click(By.partialLinkText("Interactive dialogue with the Special Rapporteur"));
            browser.waitUntil(d -> d.findElement(By.id("timing-summary")).getText().startsWith("244 words"));
            assertThat(browser.text(By.id("timing-warning"))).contains("cut about 19 words");
            WebElement text = browser.find(By.id("text_en"));
            text.clear();
            text.sendKeys(String.join(" ", java.util.Collections.nCopies(150, "word")));
            browser.waitUntil(d -> d.findElement(By.id("timing-summary")).getText().startsWith("150 words"));
            assertThat(browser.all(By.id("timing-warning"))).isEmpty();
            assertThat(browser.page()).contains("Fits the slot");
        }
    }

    private static byte[] download(String path, String cookies) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(system.baseUrl() + path)).header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return response.body();
    }

    /**
     * pdftotext yields the Hangul, and on page 1 rendered by pdftoppm the box where pdftotext places the Korean name
     * is inked, not blank (so the glyphs are drawn, not missing).
     */
    private static void assertHangulDrawn(byte[] pdf) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftoppm")) && Files.isExecutable(Path.of("/usr/bin/pdftotext")),
                "poppler-utils (pdftoppm, pdftotext) are not installed; skipping the rendering check");
        Path directory = Files.createTempDirectory("kirok-pdf");
        Path file = directory.resolve("submission.pdf");
        Files.write(file, pdf);
        assertThat(run("/usr/bin/pdftotext", file.toString(), "-")).contains("한빛기록센터").contains("온성 집결소에서");
        String boxes = run("/usr/bin/pdftotext", "-bbox", "-f", "1", "-l", "1", file.toString(), "-");
        Matcher word = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">"
                + "\\(?한빛기록센터").matcher(boxes);
        assertThat(word.find()).as("the Korean name on page 1: " + boxes.substring(0, Math.min(600, boxes.length()))).isTrue();
        run("/usr/bin/pdftoppm", "-r", "144", "-f", "1", "-l", "1", "-png", file.toString(), directory.resolve("page").toString());
        Path png;
        try (var files = Files.list(directory)) {
            png = files.filter(p -> p.toString().endsWith(".png")).findFirst().orElseThrow();
        }
        BufferedImage image = ImageIO.read(png.toFile());
        double scale = 144 / 72.0;
        int inked = 0;
        int area = 0;
        for (int x = (int) (Double.parseDouble(word.group(1)) * scale); x < Double.parseDouble(word.group(3)) * scale; x++) {
            for (int y = (int) (Double.parseDouble(word.group(2)) * scale); y < Double.parseDouble(word.group(4)) * scale; y++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                inked += luminance < 128 ? 1 : 0;
                area++;
            }
        }
        assertThat(area).isPositive();
        assertThat((double) inked / area).as("share of dark pixels where the Hangul is").isGreaterThan(0.08);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }
}
