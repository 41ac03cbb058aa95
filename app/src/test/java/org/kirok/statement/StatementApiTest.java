package org.kirok.statement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StatementApiTest {
    static TestSystem system;
    static String token;
    static Api advocacy;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        token = system.tokenFor("hrcadvocate", Role.ADVOCACY_OFFICER);
        advocacy = system.api(token);
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static String words(int n) {
        return String.join(" ", Collections.nCopies(n, "word"));
    }

    @Test
    void the_seed_statement_length_runs_over_a_ninety_second_slot_at_the_default_rate() {
        Api.Response response = advocacy.post("/api/v1/statements/timing",
                "{\"text\":\"" + words(243) + "\",\"slot_seconds\":90}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode timing = response.json();
        assertThat(timing.get("words").asInt()).isEqualTo(243);
        assertThat(timing.get("seconds").asDouble()).isBetween(90.0, 100.0);
        assertThat(timing.get("slot_seconds").asInt()).isEqualTo(90);
        assertThat(timing.get("over_by_seconds").asDouble()).isPositive();
        assertThat(timing.get("words_to_cut").asInt()).isEqualTo(18);
        assertThat(timing.get("warning").asText()).contains("cut about 18 words");
    }

    @Test
    void timing_takes_its_rate_and_slot_from_the_request_or_the_defaults() {
        JsonNode fast = advocacy.post("/api/v1/statements/timing", "{\"text\":\"" + words(243) + "\",\"wpm\":160}").json();
        assertThat(fast.get("slot_seconds").asInt()).isEqualTo(90);
        assertThat(fast.get("over_by_seconds").asDouble()).isEqualTo(1.1);
        JsonNode fits = advocacy.post("/api/v1/statements/timing", "{\"text\":\"" + words(200) + "\",\"slot_seconds\":120}").json();
        assertThat(fits.get("over_by_seconds").asDouble()).isZero();
        assertThat(fits.get("warning").isNull()).isTrue();
        Api.Response bad = advocacy.post("/api/v1/statements/timing", "{\"text\":\"a\",\"wpm\":1000}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").get("field").asText()).isEqualTo("wpm");
        assertThat(system.api(null).post("/api/v1/statements/timing", "{\"text\":\"a\"}").status()).isEqualTo(401);
    }

    @Test
    void a_statement_is_drafted_delivered_and_exported_with_its_korean_translation() throws Exception {
        Api.Response created = advocacy.post("/api/v1/statements", """
                {"title":"ID with the Special Rapporteur","hrc_session":58,"agenda_item":"Item 4",
                 "debate_kind":"interactive_dialogue","speaker":"A speaker","text_en":"%s",
                 "text_ko":"의장님, 감사합니다."}""".formatted(words(243)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        JsonNode read = advocacy.get("/api/v1/statements/" + id).json();
        assertThat(read.get("timing").get("seconds").asDouble()).isEqualTo(97.2);
        Api.Response delivered = advocacy.post("/api/v1/statements/" + id + "/deliveries",
                "{\"delivered_on\":\"2025-03-19\",\"speaker\":\"A speaker\",\"video_url\":\"https://webtv.un.org/x\","
                        + "\"starts_at\":3725,\"ends_at\":3820}");
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(201);
        Api.Response late = advocacy.post("/api/v1/statements/" + id + "/deliveries",
                "{\"delivered_on\":\"2025-03-19\",\"speaker\":\"A\",\"starts_at\":100,\"ends_at\":90}");
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().get("error").get("field").asText()).isEqualTo("ends_at");
        Api.Response stale = advocacy.put("/api/v1/statements/" + id, "{\"version\":7,\"title\":\"x\",\"hrc_session\":58,"
                + "\"agenda_item\":\"Item 4\"}");
        assertThat(stale.status()).isEqualTo(409);
        HttpResponse<byte[]> docx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(system.baseUrl()
                + "/api/v1/statements/" + id + "/export/docx")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("58th session").contains("243 words").contains("over by 7.2 s")
                    .contains("의장님, 감사합니다.").contains("1:02:05");
        }
    }

    @Test
    void statements_need_the_advocacy_role() {
        Api coder = system.api(system.tokenFor("hrccoder", Role.CODER));
        assertThat(coder.get("/api/v1/statements").status()).isEqualTo(403);
        assertThat(coder.post("/api/v1/statements/timing", "{\"text\":\"a b\"}").status()).isEqualTo(200);
    }
}
