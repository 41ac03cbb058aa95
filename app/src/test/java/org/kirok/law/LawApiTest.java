package org.kirok.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.kirok.audit.Actor;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LawApiTest {
    static TestSystem system;
    static Api coder;
    static Api advocacy;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        coder = system.api(system.tokenFor("lawcoder", Role.CODER));
        advocacy = system.api(system.tokenFor("lawadvocacy", Role.ADVOCACY_OFFICER));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    @Test
    void builds_a_law_with_a_version_and_articles_over_the_api() {
        String law = created(coder.post("/api/v1/laws", "{\"title_en\":\"Pyongyang Cultural Language Protection Act\","
                + "\"title_ko\":\"평양문화어보호법\",\"short_name\":\"PCLPA\"}"));
        String version = created(coder.post("/api/v1/laws/" + law + "/versions",
                "{\"label\":\"2023 adoption\",\"adopted_on\":\"2023-01-18\"}"));
        created(coder.post("/api/v1/law-versions/" + version + "/articles", "{\"number\":\"59\",\"heading_en\":\"Teaching\"}"));
        String article = created(coder.post("/api/v1/law-versions/" + version + "/articles",
                "{\"number\":\"58\",\"heading_en\":\"Using puppet language\",\"heading_ko\":\"괴뢰말투 사용\"}"));
        Api.Response read = advocacy.get("/api/v1/laws/" + law);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("country_code").asText()).isEqualTo("KP");
        var articles = read.json().get("versions").get(0).get("articles");
        assertThat(articles.get(0).get("number").asText()).isEqualTo("58");
        assertThat(articles.get(0).get("label").asText()).isEqualTo("PCLPA, art. 58 (2023 adoption)");
        assertThat(coder.get("/api/v1/law-articles/" + article).json().get("heading_ko").asText()).isEqualTo("괴뢰말투 사용");
    }

    @Test
    void the_loader_api_is_idempotent_and_the_article_lookup_finds_by_law_and_number() {
        LawService laws = system.kirok().features().laws();
        for (int run = 0; run < 2; run++) {
            system.kirok().jdbi().useTransaction(handle -> {
                UUID law = laws.ensureLaw(handle, Actor.SYSTEM, new LawDraft("Reactionary Thought and Culture Rejection Law",
                        Optional.of("반동사상문화배격법"), Optional.of("RTCRL"), "KP", Optional.empty(), Optional.of("RTCRL")));
                UUID version = laws.ensureVersion(handle, Actor.SYSTEM, law, new LawVersionDraft("2020 adoption",
                        Optional.of(LocalDate.of(2020, 12, 4)), Optional.empty()));
                laws.ensureArticle(handle, Actor.SYSTEM, version, new ArticleDraft("27", Optional.of("South Korean media"),
                        Optional.empty(), Optional.empty(), Optional.empty()));
            });
        }
        assertThat(coder.get("/api/v1/laws?q=RTCRL").json().get("total").asInt()).isEqualTo(1);
        assertThat(laws.lookupArticles("RTCRL 27", 10)).extracting(LawArticle::number).containsExactly("27");
        assertThat(laws.lookupArticles("art. 27", 10)).isNotEmpty();
        assertThat(laws.lookupArticles("Reactionary", 10)).extracting(LawArticle::lawShortName).containsOnly(Optional.of("RTCRL"));
    }

    @Test
    void stale_edits_get_409_and_duplicates_and_bad_input_get_400_with_the_field() {
        String law = created(coder.post("/api/v1/laws", "{\"title_en\":\"Criminal Law\"}"));
        String edit = "{\"version\":1,\"title_en\":\"Criminal Law of the DPRK\"}";
        assertThat(coder.put("/api/v1/laws/" + law, edit).status()).isEqualTo(200);
        assertThat(coder.put("/api/v1/laws/" + law, edit).status()).isEqualTo(409);
        String version = created(coder.post("/api/v1/laws/" + law + "/versions", "{\"label\":\"2015 version\"}"));
        Api.Response duplicate = coder.post("/api/v1/laws/" + law + "/versions", "{\"label\":\"2015 version\"}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("error").get("field").asText()).isEqualTo("label");
        Api.Response date = coder.post("/api/v1/laws/" + law + "/versions", "{\"label\":\"x\",\"adopted_on\":\"2015-13-01\"}");
        assertThat(date.json().get("error").get("field").asText()).isEqualTo("adopted_on");
        Api.Response number = coder.post("/api/v1/law-versions/" + version + "/articles", "{\"number\":\"art 7!\"}");
        assertThat(number.json().get("error").get("field").asText()).isEqualTo("number");
        Api.Response title = coder.post("/api/v1/laws", "{\"title_en\":\"\"}");
        assertThat(title.json().get("error").get("field").asText()).isEqualTo("title_en");
    }

    @Test
    void answers_401_403_and_404() {
        assertThat(system.api(null).get("/api/v1/laws").status()).isEqualTo(401);
        assertThat(advocacy.post("/api/v1/laws", "{\"title_en\":\"X\"}").status()).isEqualTo(403);
        assertThat(coder.get("/api/v1/laws/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(coder.get("/api/v1/law-articles/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
