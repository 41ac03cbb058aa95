package org.kirok.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.audit.Actor;
import org.kirok.security.Role;
import org.kirok.testing.WebSession;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The place, organisation, law and vocabulary pages as a logged-in person sees them, in Korean and English. */
class PlacePagesTest {
    static TestSystem system;
    static UUID province;
    static UUID hoeryong;
    static WebSession korean;
    static WebSession english;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        PlaceService places = system.kirok().features().places();
        UUID korea = places.create(Actor.SYSTEM, new PlaceDraft(PlaceLevel.COUNTRY, "North Korea", Optional.of("북한"),
                List.of(), Optional.empty(), "KP", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                Optional.empty());
        province = places.create(Actor.SYSTEM, new PlaceDraft(PlaceLevel.PROVINCE, "North Hamgyong", Optional.of("함경북도"),
                List.of(), Optional.of(korea), "KP", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                Optional.empty());
        hoeryong = places.create(Actor.SYSTEM, new PlaceDraft(PlaceLevel.CITY, "Hoeryŏng", Optional.of("회령시"),
                List.of("Hoeryong"), Optional.of(province), "KP", Optional.of(42.44), Optional.of(129.75), Optional.empty(),
                Optional.empty()), Optional.empty());
        korean = WebSession.loggedIn(system, "kocoder", Role.CODER, "ko");
        english = WebSession.loggedIn(system, "encoder", Role.CODER, "en");
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void renders_the_place_page_in_korean_with_breadcrumbs_and_the_acts_section() {
        HttpResponse<String> page = korean.get("/places/" + hoeryong);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"ko\"", "회령시", "함경북도", "좌표", "다른 이름과 표기")
                .contains("hx-get=\"/acts/related?place=" + hoeryong + "\"").doesNotContain("⟦");
    }

    @Test
    void every_reference_page_renders_in_both_languages_without_missing_texts() {
        for (String path : List.of("/places", "/places/" + province, "/places/new", "/places/" + hoeryong + "/edit",
                "/organisations", "/organisations/new", "/laws", "/laws/new", "/vocabularies",
                "/vocabularies/act_type", "/places?q=%ED%9A%8C%EB%A0%B9&level=city&country=KP&under=" + province)) {
            for (WebSession browser : List.of(korean, english)) {
                HttpResponse<String> page = browser.get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(page.body()).as(path).doesNotContain("⟦");
            }
        }
        assertThat(korean.get("/vocabularies/facility_type").body()).contains("관리소", "통제 어휘");
    }

    @Test
    void the_place_lookup_finds_hoeryong_from_hangul_with_its_hierarchy() {
        HttpResponse<String> found = korean.get("/lookup/places?q=" + java.net.URLEncoder.encode("회령", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains(hoeryong.toString()).contains("회령시, 함경북도, KP");
        assertThat(english.get("/lookup/places?q=Hoeryong").body()).contains("Hoeryŏng, North Hamgyong, KP");
        assertThat(english.get("/lookup/facilities?q=Hoeryong").body()).isEqualTo("[]");
        assertThat(english.get("/lookup/terms?vocabulary=facility_type&q=kwan").body()).contains("kwanliso");
    }

    @Test
    void a_form_with_a_bad_coordinate_comes_back_with_the_reason_and_what_was_typed() {
        HttpResponse<String> response = korean.post("/places", "level=city&name_en=Musan&name_ko=%EB%AC%B4%EC%82%B0"
                + "&parent_id=" + province + "&latitude=95&longitude=129");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("위도", "95", "Musan");
        HttpResponse<String> saved = korean.post("/places", "level=city&name_en=Musan&parent_id=" + province
                + "&latitude=42.2&longitude=129.2");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).startsWith("/places/");
    }
}
