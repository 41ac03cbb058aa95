package org.kirok.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.Browser;
import org.kirok.testing.TestSystem;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A coder records a document in a real browser, attaches a file to it and downloads the file again. */
class DocumentBrowserTest {
    static TestSystem system;
    static Api api;
    static final String PASSWORD = "documents in the rain 2023";

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        system.createUser("archivist", Role.CODER, PASSWORD);
        api = system.api(system.tokenFor("robot", Role.CODER));
        api.post("/api/v1/organisations", "{\"kind\":\"state_organ\",\"name_en\":\"Ministry of State Security\","
                + "\"name_ko\":\"국가보위성\"}");
        api.post("/api/v1/persons", "{\"names\":[{\"text\":\"최가상\"}],\"sex\":\"M\"}");
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void records_a_document_attaches_a_file_and_downloads_it_unchanged() throws IOException {
        Path downloads = Files.createTempDirectory("kirok-downloads");
        Path upload = Files.createTempDirectory("kirok-upload").resolve("판결문 사본.txt");
        byte[] content = ("fictional court record " + UUID.randomUUID() + "\n").repeat(3000).getBytes(StandardCharsets.UTF_8);
        Files.write(upload, content);
        try (Browser browser = Browser.open(system.baseUrl(), "en")) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.login("archivist", PASSWORD, () -> system.totpCode("archivist")).waitForText("Welcome");
            browser.go("/documents").click(By.linkText("Record a document"));
            browser.type(By.name("title"), "Verdict of a people's court (fictional)");
            setValue(browser, By.name("source_date"), "2023-04-02");
            browser.choose("author_org_id", "State Security", "Ministry of State Security");
            browser.type(By.name("url"), "https://example.org/verdict");
            browser.type(By.name("notes"), "received from a fictional lawyer");
            browser.click(By.cssSelector("form button.primary"));
            browser.waitForText("D-2023-");
            assertThat(browser.page()).contains("Ministry of State Security").contains("received from a fictional lawyer");
            String documentPath = browser.path();

            // the quick coding form works from a document too: the victim is chosen, the document is the source
            new Select(browser.find(By.cssSelector("#coding select[name='act_type']"))).selectByValue("arbitrary_detention");
            browser.choose("victim_id", "최가상", "최가상");
            browser.type(By.cssSelector("#coding input[name='date']"), "2022-11");
            browser.click(By.cssSelector("#coding form button.primary"));
            browser.waitUntil(d -> !browser.all(By.cssSelector("#coding table tbody tr td a[href^='/acts/']")).isEmpty());
            assertThat(browser.text(By.cssSelector("#coding table"))).contains("최가상").contains("D-2023-");

            browser.find(By.cssSelector("#attachments input[type=file]")).sendKeys(upload.toString());
            browser.click(By.cssSelector("#attachments form.upload button.primary"));
            browser.waitUntil(d -> !browser.all(By.cssSelector("#attachments a.download")).isEmpty());
            assertThat(browser.text(By.cssSelector("#attachments a.download"))).isEqualTo("판결문 사본.txt");

            browser.click(By.cssSelector("#attachments a.download"));
            Path saved = awaitDownload(downloads);
            assertThat(Files.readAllBytes(saved)).isEqualTo(content);
            assertThat(saved.getFileName().toString()).isEqualTo("판결문 사본.txt");

            browser.go("/documents?q=people%27s+court");
            browser.waitForText("Verdict of a people");
            assertThat(browser.page()).contains(documentPath.substring("/documents/".length()));
        }
    }

    @Test
    void a_stale_edit_keeps_what_was_typed_and_says_what_happened() {
        String id = api.post("/api/v1/documents", "{\"title\":\"Original title\",\"kind\":\"media\"}").json().get("id").asText();
        try (Browser browser = Browser.open(system.baseUrl(), "en")) {
            browser.login("archivist", PASSWORD, () -> system.totpCode("archivist")).waitForText("Welcome");
            browser.go("/documents/" + id + "/edit");
            browser.type(By.name("title"), "My careful new title");
            api.put("/api/v1/documents/" + id, "{\"title\":\"Someone else's title\",\"version\":1}");
            browser.click(By.cssSelector("form button.primary"));
            browser.waitForText("Someone else saved");
            assertThat(browser.find(By.name("title")).getDomProperty("value")).isEqualTo("My careful new title");
            browser.click(By.cssSelector("form button.primary"));
            // the re-shown form (same URL) already holds the typed title as its value: wait for the document's page
            browser.waitUntil(d -> !d.findElements(By.id("attachments")).isEmpty()
                    && d.getPageSource().contains("My careful new title"));
            assertThat(browser.path()).isEqualTo("/documents/" + id);
        }
    }

    @Test
    void the_document_pages_speak_korean() {
        try (Browser browser = Browser.open(system.baseUrl(), "en")) {
            browser.login("archivist", PASSWORD, () -> system.totpCode("archivist")).waitForText("Welcome");
            browser.go("/documents");
            browser.click(By.cssSelector("button[value='ko']"));
            browser.waitForText("문서와 미디어");
            browser.go("/documents/new?kind=media");
            assertThat(new Select(browser.find(By.name("kind"))).getFirstSelectedOption().getText()).isEqualTo("미디어");
            assertThat(browser.page()).contains("작성 기관").contains("웹 주소").doesNotContain("⟦");
            browser.click(By.cssSelector("button[value='en']"));
            browser.waitForText("Web address");
        }
    }

    private static void setValue(Browser browser, By by, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(by), value);
    }

    private static Path awaitDownload(Path folder) {
        return new WebDriverWait(null, Duration.ofSeconds(15)).until(ignored -> {
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(p -> !p.toString().endsWith(".crdownload") && !p.toString().endsWith(".tmp"))
                        .findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }
}
