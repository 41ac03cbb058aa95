package org.kirok.testimony;

import static org.assertj.core.api.Assertions.assertThat;

import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("store")
class TestimonyApiTest {
    static TestSystem system;
    static Api coder;
    static Api analystWithoutIdentity;
    static String interviewee;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        coder = system.api(system.tokenFor("coder", Role.CODER));
        analystWithoutIdentity = system.api(system.tokenFor("advocate", Role.ADVOCACY_OFFICER));
        interviewee = coder.post("/api/v1/persons", "{\"names\":[{\"text\":\"한옥순\"}],\"sex\":\"F\"}").json().get("id").asText();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void records_a_testimony_and_reads_back_its_transcript() {
        Api.Response created = coder.post("/api/v1/testimonies", "{\"interviewee_id\":\"" + interviewee
                + "\",\"interview_date\":\"2019-05-01\",\"language\":\"ko\",\"transcript\":\"온성 집결소에서 조사를 받았다\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Api.Response read = coder.get("/api/v1/testimonies/" + created.json().get("id").asText());
        assertThat(read.json().get("transcript").asText()).isEqualTo("온성 집결소에서 조사를 받았다");
        assertThat(read.json().get("reference").asText()).matches("T-2019-\\d{4}");
        assertThat(read.json().get("interviewee").asText()).isEqualTo("한옥순");
    }

    @Test
    void hides_the_transcript_and_the_interviewee_name_without_identity_access() {
        String id = coder.post("/api/v1/testimonies", "{\"interviewee_id\":\"" + interviewee
                + "\",\"interview_date\":\"2020-02-03\",\"language\":\"ko\",\"transcript\":\"비밀 내용\"}").json().get("id").asText();
        Api.Response read = analystWithoutIdentity.get("/api/v1/testimonies/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("transcript").isNull()).isTrue();
        assertThat(read.body()).doesNotContain("비밀 내용").doesNotContain("한옥순");
        assertThat(read.json().get("interviewee").asText()).startsWith("P-");
    }

    @Test
    void rejects_a_testimony_for_an_unknown_interviewee() {
        Api.Response response = coder.post("/api/v1/testimonies", "{\"interviewee_id\":\"00000000-0000-0000-0000-000000000001\","
                + "\"interview_date\":\"2019-05-01\",\"language\":\"ko\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").get("field").asText()).isEqualTo("interviewee_id");
    }

    @Test
    void rejects_a_malformed_date_and_a_missing_language() {
        Api.Response badDate = coder.post("/api/v1/testimonies", "{\"interviewee_id\":\"" + interviewee
                + "\",\"interview_date\":\"2019-13-01\",\"language\":\"ko\"}");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("error").get("field").asText()).isEqualTo("interview_date");
        Api.Response noLanguage = coder.post("/api/v1/testimonies", "{\"interviewee_id\":\"" + interviewee
                + "\",\"interview_date\":\"2019-01-01\"}");
        assertThat(noLanguage.json().get("error").get("field").asText()).isEqualTo("language");
    }

    @Test
    void rejects_a_body_that_is_not_json() {
        Api.Response response = coder.post("/api/v1/testimonies", "{not json");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").get("code").asText()).isEqualTo("invalid");
    }
}
