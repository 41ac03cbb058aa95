package org.kirok.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Crawls every page of the public portal over the demo data, in both languages, as an anonymous visitor, and checks
 * that no person's name, no transcript, no restricted case and no unpublished post appears; that no published count
 * lies between 1 and 10; that files download as attachments; and that the Atom feed is well-formed XML.
 */
class PortalCrawlTest {
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"#]+)\"");
    private static final Pattern TABLE_COUNT = Pattern.compile("<td class=\"num\">([^<]*)</td>");
    private static final Pattern STAT = Pattern.compile("class=\"stat-number\"[^>]*>([^<]*)<");
    private static final Pattern BAR_VALUE = Pattern.compile("font-size=\"12\" fill=\"#5b6576\">([0-9,]+)</text>");
    private static final Pattern MAP_LABEL = Pattern.compile("fill=\"#ffffff\" font-weight=\"bold\">([0-9,]+)\\+?</text>");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static TestSystem system;
    static Set<String> protectedStrings = new LinkedHashSet<>();

    @BeforeAll
    static void start() {
        system = TestSystem.startWithDemo();
        Api api = system.api(system.tokenFor("crawl-reader", Role.COORDINATOR));
        for (int page = 1; ; page++) {
            JsonNode persons = api.get("/api/v1/persons?page=" + page + "&size=500").json();
            persons.findValues("text").forEach(name -> {
                if (name.asText().length() >= 3) {
                    protectedStrings.add(name.asText());
                }
            });
            if (persons.path("items").size() < 500) {
                break;
            }
        }
        system.kirok().jdbi().useHandle(h -> {
            protectedStrings.addAll(h.createQuery("SELECT case_code FROM act WHERE confidentiality = 'restricted'").mapTo(String.class).list());
            protectedStrings.addAll(h.createQuery("SELECT reference_code FROM source").mapTo(String.class).list());
            protectedStrings.addAll(h.createQuery("""
                    SELECT t.title FROM portal_post_text t JOIN portal_post p ON p.id = t.post_id
                    WHERE p.publish_at IS NULL OR p.publish_at > now() OR p.withdrawn_at IS NOT NULL""").mapTo(String.class).list());
        });
        protectedStrings.add("시연용 가상 면담입니다.");
        protectedStrings.add("Fictional demonstration interview.");
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void no_public_page_shows_a_name_a_restricted_record_an_unpublished_post_or_a_small_count() throws Exception {
        assertThat(protectedStrings).hasSizeGreaterThan(1_000);
        Deque<String> todo = new ArrayDeque<>(List.of("/public/", "/public/?lang=ko", "/public/statistics?lang=ko"));
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int files = 0;
        while (!todo.isEmpty() && seen.size() < 600) {
            String path = todo.removeFirst();
            if (!seen.add(path)) {
                continue;
            }
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(system.baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                problems.add(path + " answered " + response.statusCode());
                continue;
            }
            assertThat(response.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("kirok_session"));
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (path.contains("/files/")) {
                files++;
                assertThat(response.headers().firstValue("Content-Disposition")).as(path).hasValueSatisfying(v -> assertThat(v).startsWith("attachment;"));
                assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
                assertThat(type).isIn(PublicFile.PDF, PublicFile.DOCX);
                continue;
            }
            String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
            for (String secret : protectedStrings) {
                if (body.contains(secret)) {
                    problems.add(path + " shows a protected string");
                }
            }
            assertThat(body).as(path).doesNotContain("name=\"password\"", "kirok_session", "/acts/", "/persons/");
            smallCounts(path, body, problems);
            Matcher links = LINK.matcher(body);
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (link.startsWith("/public/") && !seen.contains(link)) {
                    todo.add(link);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(seen).hasSizeGreaterThan(20);
        assertThat(files).isPositive();
    }

    private static void smallCounts(String path, String body, List<String> problems) {
        for (Pattern pattern : List.of(TABLE_COUNT, STAT, BAR_VALUE, MAP_LABEL)) {
            Matcher matcher = pattern.matcher(body);
            while (matcher.find()) {
                String digits = matcher.group(1).replace(",", "").strip();
                if (digits.matches("\\d+")) {
                    long value = Long.parseLong(digits);
                    if (value >= 1 && value <= 10) {
                        problems.add(path + " publishes the count " + value);
                    }
                }
            }
        }
    }

    @Test
    void the_atom_feed_is_well_formed_xml_with_every_live_post_and_nothing_else() throws Exception {
        for (String language : List.of("en", "ko")) {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(system.baseUrl()
                    + "/public/feed.atom?lang=" + language)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/atom+xml"));
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
            Element root = feed.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("feed");
            assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
            long live = system.kirok().jdbi().withHandle(h -> h.createQuery(
                    "SELECT count(*) FROM portal_post WHERE publish_at <= now() AND withdrawn_at IS NULL").mapTo(Long.class).one());
            assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isEqualTo((int) live);
            String xml = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml).contains("urn:uuid:", "rel=\"enclosure\"").doesNotContain("(scheduled)", "Internal draft", "Withdrawn notice");
        }
    }

    @Test
    void the_portal_on_its_own_port_serves_the_portal_and_nothing_else() {
        var portal = system.kirok().servePublicPortal("127.0.0.1", 0);
        Api anonymous = new Api("http://127.0.0.1:" + portal.port(), null);
        assertThat(anonymous.get("/public/").status()).isEqualTo(200);
        assertThat(anonymous.get("/public/statistics").status()).isEqualTo(200);
        for (String staff : List.of("/login", "/dashboard", "/persons", "/api/v1/persons", "/portal", "/api/v1/openapi.json")) {
            assertThat(anonymous.get(staff).status()).as(staff).isEqualTo(404);
        }
        assertThat(portal.routes()).allMatch(r -> r.permission() == org.kirok.security.Permission.PUBLIC);
    }

    @Test
    void unpublished_posts_and_their_files_are_not_found() {
        List<String> hidden = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT id::text FROM portal_post WHERE publish_at IS NULL OR publish_at > now() OR withdrawn_at IS NOT NULL")
                .mapTo(String.class).list());
        assertThat(hidden).hasSize(3);
        Api anonymous = new Api(system.baseUrl(), null);
        for (String id : hidden) {
            assertThat(anonymous.get("/public/news/" + id).status()).isEqualTo(404);
        }
    }
}
