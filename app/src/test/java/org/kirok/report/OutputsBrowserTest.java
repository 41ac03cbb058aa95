package org.kirok.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.kirok.publish.DocxRenderer;
import org.kirok.publish.Publication;
import org.kirok.security.Role;
import org.kirok.testing.Browser;
import org.kirok.testing.BrowserDownloads;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The scenarios in a real browser over the demo data: an analyst filters the dashboard to one province and
 * period, sees the chart and the map change, follows a place to its acts and downloads the situation report (the PDF
 * rendered and checked for Hangul); an advocacy officer publishes a post in Korean and English with a Word file, and
 * an anonymous reader finds it on the portal, in both languages and in the Atom feed.
 */
class OutputsBrowserTest {
    static final String PASSWORD = "maps and figures at dusk";
    static TestSystem system;

    @BeforeAll
    static void start() {
        system = TestSystem.startWithDemo();
        system.createUser("analyst", Role.ANALYST, PASSWORD);
        system.createUser("editor", Role.ADVOCACY_OFFICER, PASSWORD);
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void an_analyst_filters_the_dashboard_and_downloads_the_situation_report() throws Exception {
        try (Browser browser = Browser.open(system.baseUrl(), "en")) {
            browser.login("analyst", PASSWORD, () -> system.totpCode("analyst"));
            browser.go("/dashboard");
            String allTotal = browser.find(By.id("dashboard-total")).getText();
            String allMap = browser.find(By.cssSelector("#map svg")).getDomProperty("innerHTML");
            String allTypes = browser.find(By.cssSelector("#chart-act-type svg")).getDomProperty("innerHTML");
            new Select(browser.find(By.cssSelector("#dashboard-filters select[name='place']"))).selectByVisibleText("North Hamgyong");
            browser.type(By.cssSelector("#dashboard-filters input[name='from']"), "2005");
            browser.type(By.cssSelector("#dashboard-filters input[name='to']"), "2015");
            browser.click(By.cssSelector("#dashboard-filters button.primary"));
            browser.waitUntil(d -> browser.path().contains("place=") && browser.path().contains("from=2005"));
            String total = browser.find(By.id("dashboard-total")).getText();
            assertThat(Long.parseLong(total.replace(",", ""))).isPositive().isLessThan(Long.parseLong(allTotal.replace(",", "")));
            assertThat(browser.find(By.cssSelector("#chart-act-type svg")).getDomProperty("innerHTML")).isNotEqualTo(allTypes);
            assertThat(browser.find(By.cssSelector("#map svg")).getDomProperty("innerHTML")).isNotEqualTo(allMap);
            String years = browser.find(By.cssSelector("#chart-year svg")).getDomProperty("innerHTML");
            assertThat(years).contains(">2005<").doesNotContain(">1999<");
            assertThat(browser.all(By.cssSelector("#chart-county"))).hasSize(1);
            browser.find(By.cssSelector("#chart-act-type summary")).click();
            assertThat(browser.find(By.cssSelector("#chart-act-type table")).getText()).contains("Arbitrary detention");

            String placeLink = browser.driver().findElement(By.cssSelector("#map details table a")).getDomAttribute("href");
            browser.go(placeLink);
            assertThat(browser.all(By.cssSelector("main table tbody tr"))).isNotEmpty();
            assertThat(browser.page()).contains("A-");

            browser.go("/dashboard/figures/province.csv?from=2005&to=2015");
            HttpResponse<byte[]> csv = BrowserDownloads.fetch(browser, system.baseUrl(), "/dashboard/figures/province.csv?from=2005&to=2015");
            assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("facet,value,label,count,suppressed", "North Hamgyong");

            browser.go("/dashboard?" + browser.path().replaceFirst("^[^?]*\\?", ""));
            browser.click(By.linkText("Situation report…"));
            browser.waitUntil(d -> browser.path().startsWith("/reports/situation"));
            String english = browser.find(By.id("report-pdf")).getDomAttribute("href");
            HttpResponse<byte[]> pdf = BrowserDownloads.fetch(browser, system.baseUrl(), english);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(PdfCheck.check(pdf.body(), "Situation report")).contains("North Hamgyong", "Cited cases");
            HttpResponse<byte[]> korean = BrowserDownloads.fetch(browser, system.baseUrl(), english.replace("language=en", "language=ko"));
            assertThat(PdfCheck.check(korean.body(), "상황 보고서")).contains("함경북도", "인용 사건", "행위 유형");
            HttpResponse<byte[]> docx = BrowserDownloads.fetch(browser, system.baseUrl(),
                    browser.find(By.id("report-docx")).getDomAttribute("href"));
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
                assertThat(document.getAllPictures()).hasSizeGreaterThanOrEqualTo(3);
                List<XWPFTable> tables = document.getTables();
                assertThat(tables).isNotEmpty();
                for (XWPFTable table : tables.subList(0, tables.size() - 1)) {
                    for (int r = 1; r < table.getNumberOfRows(); r++) {
                        String count = table.getRow(r).getCell(table.getRow(r).getTableCells().size() - 1).getText().replace(",", "");
                        if (count.matches("\\d+")) {
                            assertThat(Long.parseLong(count)).as("a published count").matches(n -> n == 0 || n > 10);
                        }
                    }
                }
            }
        }
    }

    @Test
    void an_editor_publishes_a_post_with_a_word_file_in_both_languages_and_the_public_reads_it() throws Exception {
        Path upload = Files.createTempFile("kirok-upr-submission", ".docx");
        byte[] submission = new DocxRenderer().render(new Publication("Joint submission (test)", Optional.empty(), "en",
                List.of(Publication.Paragraph.plain("북한 인권 공동 보고서 본문"))));
        Files.write(upload, submission);
        String postPath;
        try (Browser browser = Browser.open(system.baseUrl(), "en")) {
            browser.login("editor", PASSWORD);
            browser.go("/portal");
            browser.click(By.linkText("New post"));
            new Select(browser.find(By.name("category"))).selectByValue("submission");
            browser.type(By.name("title_en"), "Our submission on fair trials, tested");
            browser.type(By.name("summary_en"), "A joint report for the review.");
            browser.type(By.name("body_en"), "We call for **fair trials** and [the review](https://www.ohchr.org/en/hr-bodies/upr).");
            browser.type(By.name("title_ko"), "공정한 재판에 관한 보고서 제출 시험");
            browser.type(By.name("body_ko"), "**공정한 재판**을 촉구합니다.");
            browser.click(By.cssSelector("fieldset[lang='en'] button.preview-button"));
            browser.waitUntil(d -> d.findElement(By.id("preview-en")).getDomProperty("innerHTML").contains("<strong>fair trials</strong>"));
            browser.click(By.id("save-post"));
            browser.waitUntil(d -> browser.path().matches("/portal/posts/[0-9a-f-]{36}"));
            postPath = browser.path().replace("/portal/posts/", "/public/news/");
            assertThat(browser.find(By.id("post-status")).getText()).isEqualTo("Draft");
            browser.find(By.cssSelector("#files input[type=file]")).sendKeys(upload.toString());
            browser.click(By.id("upload-file"));
            browser.waitForText(upload.getFileName().toString());
            assertThat(new org.kirok.testing.Api(system.baseUrl(), null).get(postPath).status()).as("a draft is not public").isEqualTo(404);
            browser.click(By.id("publish-now"));
            browser.waitUntil(d -> d.getPageSource().contains("id=\"post-status\">Published<"));
        }
        try (Browser reader = Browser.open(system.baseUrl(), "ko")) {
            reader.go("/public/news");
            reader.click(By.linkText("공정한 재판에 관한 보고서 제출 시험"));
            reader.waitUntil(d -> reader.path().startsWith(postPath));
            assertThat(reader.find(By.cssSelector("article.post h1")).getText()).isEqualTo("공정한 재판에 관한 보고서 제출 시험");
            assertThat(reader.find(By.cssSelector(".post-body")).getDomProperty("innerHTML")).contains("<strong>공정한 재판</strong>");
            String fileLink = reader.find(By.cssSelector(".files a")).getDomAttribute("href");
            reader.click(By.linkText("English"));
            reader.waitUntil(d -> d.getPageSource().contains("Our submission on fair trials, tested"));
            assertThat(reader.find(By.cssSelector(".post-body a")).getDomAttribute("rel")).contains("nofollow");
            HttpResponse<byte[]> file = BrowserDownloads.fetch(reader, system.baseUrl(), fileLink);
            assertThat(file.body()).isEqualTo(submission);
            assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).startsWith("attachment;"));
            assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            HttpResponse<byte[]> feed = BrowserDownloads.fetch(reader, system.baseUrl(), "/public/feed.atom?lang=ko");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
            assertThat(xml.getDocumentElement().getTextContent()).contains("공정한 재판에 관한 보고서 제출 시험");
        }
        long audited = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM audit_log WHERE action IN ('portal.post.create', 'portal.file.attach', 'portal.post.publish') AND actor_label = 'editor'")
                .mapTo(Long.class).one());
        assertThat(audited).isEqualTo(3);
    }
}
