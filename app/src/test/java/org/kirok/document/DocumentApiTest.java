package org.kirok.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;

@Tag("store")
class DocumentApiTest {
    static TestSystem system;
    static Api coder;
    static Api advocate;
    static Api partner;
    static String ministry;
    static String bureau;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        coder = system.api(system.tokenFor("coder", Role.CODER));
        advocate = system.api(system.tokenFor("advocate", Role.ADVOCACY_OFFICER));
        partner = system.api(system.tokenFor("partner", Role.PARTNER));
        ministry = coder.post("/api/v1/organisations", "{\"kind\":\"state_organ\",\"name_en\":\"Ministry of State Security\","
                + "\"name_ko\":\"국가보위성\"}").json().get("id").asText();
        bureau = coder.post("/api/v1/organisations", "{\"kind\":\"state_organ\",\"name_en\":\"Onsong County Bureau\","
                + "\"parent_id\":\"" + ministry + "\"}").json().get("id").asText();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void records_a_document_and_reads_every_field_back() {
        Api.Response created = coder.post("/api/v1/documents", """
                {"title": "Notice on border crossings", "source_date": "2023-04-02", "language": "ko",
                 "author_org_id": "%s", "publisher": "Rodong Sinmun", "url": "https://example.org/notice?id=7",
                 "published_on": "2023-04-05", "notes": "obtained through a fictional contact",
                 "confidentiality": "internal", "external_id": "doc-ext-1"}""".formatted(ministry));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("reference").asText()).matches("D-2023-\\d{4}");
        JsonNode read = coder.get("/api/v1/documents/" + created.json().get("id").asText()).json();
        assertThat(read.get("kind").asText()).isEqualTo("document");
        assertThat(read.get("title").asText()).isEqualTo("Notice on border crossings");
        assertThat(read.get("source_date").asText()).isEqualTo("2023-04-02");
        assertThat(read.get("language").asText()).isEqualTo("ko");
        assertThat(read.get("author").asText()).isEqualTo("Ministry of State Security");
        assertThat(read.get("publisher").asText()).isEqualTo("Rodong Sinmun");
        assertThat(read.get("url").asText()).isEqualTo("https://example.org/notice?id=7");
        assertThat(read.get("published_on").asText()).isEqualTo("2023-04-05");
        assertThat(read.get("notes").asText()).isEqualTo("obtained through a fictional contact");
        assertThat(read.get("external_id").asText()).isEqualTo("doc-ext-1");
        assertThat(read.get("version").asInt()).isEqualTo(1);
        assertThat(read.get("attachment_count").asInt()).isZero();
    }

    @Test
    void media_get_an_m_reference_from_the_sequence_all_sources_share() {
        String document = coder.post("/api/v1/documents", "{\"title\":\"A\",\"source_date\":\"2021-01-01\"}")
                .json().get("reference").asText();
        String media = coder.post("/api/v1/documents", "{\"kind\":\"media\",\"title\":\"Broadcast recording\","
                + "\"published_on\":\"2022-07-01\"}").json().get("reference").asText();
        assertThat(document).matches("D-2021-\\d{4}");
        assertThat(media).matches("M-2022-\\d{4}");
        assertThat(Integer.parseInt(media.substring(7))).isGreaterThan(Integer.parseInt(document.substring(7)));
    }

    @Test
    void keeps_the_notes_encrypted_and_hides_them_without_identity_access() {
        String marker = "contact-" + UUID.randomUUID();
        String id = coder.post("/api/v1/documents", "{\"title\":\"Letter\",\"notes\":\"" + marker + "\"}")
                .json().get("id").asText();
        JsonNode read = advocate.get("/api/v1/documents/" + id).json();
        assertThat(read.get("notes").isNull()).isTrue();
        assertThat(read.get("identity_hidden").asBoolean()).isTrue();
        byte[] stored = system.kirok().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT notes_enc FROM source WHERE id = :id").bind("id", UUID.fromString(id)).mapTo(byte[].class).one());
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(marker);
    }

    @Test
    void updates_with_the_version_read_and_answers_409_to_a_stale_version() {
        String id = coder.post("/api/v1/documents", "{\"title\":\"Draft title\"}").json().get("id").asText();
        Api.Response updated = coder.put("/api/v1/documents/" + id, "{\"title\":\"Final title\",\"version\":1,"
                + "\"url\":\"http://example.org/a\"}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(2);
        assertThat(updated.json().get("kind").asText()).isEqualTo("document");
        Api.Response stale = coder.put("/api/v1/documents/" + id, "{\"title\":\"Lost title\",\"version\":1}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").get("code").asText()).isEqualTo("stale_edit");
        assertThat(coder.get("/api/v1/documents/" + id).json().get("title").asText()).isEqualTo("Final title");
    }

    @Test
    void the_kind_of_a_source_cannot_change_after_it_has_its_reference() {
        String id = coder.post("/api/v1/documents", "{\"title\":\"Photo\",\"kind\":\"media\"}").json().get("id").asText();
        Api.Response changed = coder.put("/api/v1/documents/" + id, "{\"title\":\"Photo\",\"kind\":\"document\",\"version\":1}");
        assertThat(changed.status()).isEqualTo(400);
        assertThat(changed.json().get("error").get("field").asText()).isEqualTo("kind");
    }

    @Test
    void rejects_bad_input_naming_the_field() {
        assertField(coder.post("/api/v1/documents", "{\"source_date\":\"2020-01-01\"}"), "title");
        assertField(coder.post("/api/v1/documents", "{\"title\":\"x\",\"url\":\"javascript:alert(1)\"}"), "url");
        assertField(coder.post("/api/v1/documents", "{\"title\":\"x\",\"source_date\":\"2020-02-30\"}"), "source_date");
        assertField(coder.post("/api/v1/documents", "{\"title\":\"x\",\"kind\":\"testimony\"}"), "kind");
        assertField(coder.post("/api/v1/documents", "{\"title\":\"x\",\"language\":\"klingon\"}"), "language");
        assertField(coder.post("/api/v1/documents", "{\"title\":\"x\",\"confidentiality\":\"secret\"}"), "confidentiality");
        assertField(coder.post("/api/v1/documents", "{\"title\":\"x\",\"author_org_id\":\"" + UUID.randomUUID() + "\"}"),
                "author_org_id");
        coder.post("/api/v1/documents", "{\"title\":\"x\",\"external_id\":\"same-ext\"}");
        assertField(coder.post("/api/v1/documents", "{\"title\":\"y\",\"external_id\":\"same-ext\"}"), "external_id");
        String id = coder.post("/api/v1/documents", "{\"title\":\"z\"}").json().get("id").asText();
        assertField(coder.put("/api/v1/documents/" + id, "{\"title\":\"z2\"}"), "version");
        assertThat(coder.post("/api/v1/documents", "[1,2]").status()).isEqualTo(400);
    }

    @Test
    void answers_404_to_unknown_invisible_and_testimony_ids() {
        assertThat(coder.get("/api/v1/documents/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(coder.get("/api/v1/documents/not-an-id").status()).isEqualTo(404);
        assertThat(coder.put("/api/v1/documents/" + UUID.randomUUID(), "{\"title\":\"x\",\"version\":1}").status())
                .isEqualTo(404);
        String internal = coder.post("/api/v1/documents", "{\"title\":\"Internal memo\"}").json().get("id").asText();
        assertThat(partner.get("/api/v1/documents/" + internal).status()).isEqualTo(404);
        String open = coder.post("/api/v1/documents", "{\"title\":\"Public report\",\"confidentiality\":\"public\"}")
                .json().get("id").asText();
        assertThat(partner.get("/api/v1/documents/" + open).status()).isEqualTo(200);
        String person = coder.post("/api/v1/persons", "{\"names\":[{\"text\":\"김가상\"}]}").json().get("id").asText();
        String testimony = coder.post("/api/v1/testimonies", "{\"interviewee_id\":\"" + person
                + "\",\"interview_date\":\"2019-05-01\",\"language\":\"ko\"}").json().get("id").asText();
        assertThat(coder.get("/api/v1/documents/" + testimony).status()).isEqualTo(404);
    }

    @Test
    void answers_401_without_a_valid_token_and_403_to_roles_that_may_not_write() {
        Api anonymous = system.api(null);
        assertThat(anonymous.get("/api/v1/documents").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/documents", "{\"title\":\"x\"}").status()).isEqualTo(401);
        assertThat(system.api("not-a-token").get("/api/v1/documents").status()).isEqualTo(401);
        assertThat(advocate.post("/api/v1/documents", "{\"title\":\"x\"}").status()).isEqualTo(403);
        assertThat(partner.put("/api/v1/documents/" + UUID.randomUUID(), "{\"title\":\"x\",\"version\":1}").status())
                .isEqualTo(403);
    }

    @Test
    void filters_by_text_kind_period_organisation_language_and_confidentiality() {
        String tag = "filter-" + UUID.randomUUID().toString().substring(0, 8);
        coder.post("/api/v1/documents", "{\"title\":\"" + tag + " decree\",\"source_date\":\"2019-03-01\",\"language\":\"ko\","
                + "\"author_org_id\":\"" + bureau + "\",\"confidentiality\":\"restricted\"}");
        coder.post("/api/v1/documents", "{\"title\":\"" + tag + " video\",\"kind\":\"media\",\"published_on\":\"2020-06-01\","
                + "\"language\":\"en\",\"confidentiality\":\"public\"}");
        coder.post("/api/v1/documents", "{\"title\":\"" + tag + " report\",\"source_date\":\"2021-11-30\",\"language\":\"en\","
                + "\"author_org_id\":\"" + ministry + "\"}");
        assertThat(titles("q=" + tag)).hasSize(3);
        assertThat(titles("q=" + tag + "&kind=media")).containsExactly(tag + " video");
        assertThat(titles("q=" + tag + "&from=2020&to=2021")).containsExactly(tag + " report", tag + " video");
        assertThat(titles("q=" + tag + "&to=2019-12")).containsExactly(tag + " decree");
        assertThat(titles("q=" + tag + "&organisation=" + ministry)).containsExactlyInAnyOrder(tag + " decree", tag + " report");
        assertThat(titles("q=" + tag + "&organisation=" + bureau)).containsExactly(tag + " decree");
        assertThat(titles("q=" + tag + "&language=en")).hasSize(2);
        assertThat(titles("q=" + tag + "&confidentiality=restricted")).containsExactly(tag + " decree");
        assertThat(coder.get("/api/v1/documents?q=" + tag + "&from=2022&to=2020").status()).isEqualTo(400);
        assertThat(advocate.get("/api/v1/documents?q=" + tag).json().get("total").asInt())
                .as("advocacy staff do not see restricted records").isEqualTo(2);
    }

    private static List<String> titles(String query) {
        Api.Response response = coder.get("/api/v1/documents?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        java.util.ArrayList<String> titles = new java.util.ArrayList<>();
        response.json().get("items").forEach(item -> titles.add(item.get("title").asText()));
        return titles;
    }

    private static void assertField(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("error").get("field").asText()).as(response.body()).isEqualTo(field);
    }
}
