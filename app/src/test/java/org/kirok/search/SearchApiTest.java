package org.kirok.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kirok.search.SearchFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/search} over real records: text, names, places, facets and who sees what. */
@Tag("store")
class SearchApiTest {
    static TestSystem system;
    static SearchFixture world;
    static Api coderA;
    static Api analystB;
    static Api partner;
    static Api advocacyA;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        world = new SearchFixture(system);
        coderA = world.user("coder-a", Role.CODER, world.ngoA);
        analystB = world.user("analyst-b", Role.ANALYST, world.ngoB);
        partner = world.user("partner-b", Role.PARTNER, world.ngoB);
        advocacyA = world.user("advocacy-a", Role.ADVOCACY_OFFICER, world.ngoA);
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static JsonNode search(Api api, String query) {
        Api.Response response = api.get("/api/v1/search?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static Map<String, Long> facet(JsonNode result, String dimension) {
        Map<String, Long> counts = new HashMap<>();
        JsonNode values = result.get("facets").get(dimension);
        if (values != null) {
            values.forEach(value -> counts.put(value.get("value").asText(), value.get("count").asLong()));
        }
        return counts;
    }

    @Test
    void korean_words_find_the_transcript_with_a_highlighted_snippet_for_identity_access() {
        JsonNode result = search(coderA, "q=" + q("수용소"));
        assertThat(ids(result)).containsExactly(world.testimony);
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.get("type").asText()).isEqualTo("testimony");
        assertThat(hit.get("snippet").asText()).contains("<mark>").contains("수용소");
        assertThat(hit.get("url").asText()).isEqualTo("/testimonies/" + world.testimony);
        assertThat(hit.get("score").asDouble()).isPositive();
        assertThat(result.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void without_identity_access_neither_transcripts_nor_names_match() {
        assertThat(search(advocacyA, "q=" + q("수용소")).get("total").asLong()).isZero();
        JsonNode byName = search(advocacyA, "q=" + q("Ri Yong Chol"));
        assertThat(byName.get("total").asLong()).isZero();
        JsonNode byPlace = search(advocacyA, "q=" + q("온성") + "&type=testimony");
        assertThat(ids(byPlace)).containsExactly(world.testimony);
        assertThat(byPlace.toString()).doesNotContain("리영철").doesNotContain("보위부 요원");
    }

    @Test
    void a_name_in_another_romanization_finds_the_person_first_then_what_is_about_them() {
        JsonNode result = search(coderA, "q=" + q("Lee Young-chul"));
        List<String> found = ids(result);
        assertThat(found.get(0)).as(result.toString()).isEqualTo(world.riYongChol);
        assertThat(result.get("hits").get(0).get("title").asText()).isEqualTo("리영철");
        assertThat(found).contains(world.repatriated, world.detainedAtCentre, world.testimony);
        assertThat(ids(search(coderA, "q=" + q("이영철 repatriation")))).containsExactly(world.repatriated);
    }

    @Test
    void a_name_does_not_reach_records_through_a_person_the_user_may_not_read() {
        // analyst B may not read 리영철 (internal to NGO A), so his name finds nothing of his, not even public records
        assertThat(search(analystB, "q=" + q("Ri Yong Chol")).get("total").asLong()).isZero();
    }

    @Test
    void totals_and_facet_counts_count_only_what_each_user_may_read() {
        JsonNode asCoder = search(coderA, "type=act");
        assertThat(asCoder.get("total").asLong()).isEqualTo(3);
        assertThat(facet(asCoder, "act_type")).isEqualTo(Map.of("forced_repatriation", 1L, "arbitrary_detention", 1L,
                "torture", 1L));
        JsonNode asAnalyst = search(analystB, "type=act");
        assertThat(ids(asAnalyst)).containsExactlyInAnyOrder(world.detainedInHoeryong, world.publicTorture);
        assertThat(facet(asAnalyst, "confidentiality")).isEqualTo(Map.of("internal", 1L, "public", 1L));
        JsonNode asPartner = search(partner, "type=act");
        assertThat(ids(asPartner)).containsExactly(world.publicTorture);
        assertThat(facet(asPartner, "act_type")).isEqualTo(Map.of("torture", 1L));
        assertThat(facet(asPartner, "perpetrator")).isEqualTo(Map.of(world.mss, 1L));
        assertThat(facet(search(partner, ""), "type")).doesNotContainKey("testimony").containsEntry("act", 1L)
                .containsEntry("person", 1L); // the one public person
    }

    @Test
    void acts_at_a_holding_centre_in_north_hamgyong_since_the_review_whose_victim_had_been_repatriated() {
        JsonNode result = search(coderA, "type=act&facet.facility_type=jipkyulso&facet.place=" + world.northHamgyong
                + "&from=2019-01-01&victim_of=forced_repatriation");
        assertThat(ids(result)).containsExactly(world.detainedAtCentre);
        assertThat(ids(search(coderA, "type=act&facet.facility_type=jipkyulso"))).containsExactlyInAnyOrder(
                world.detainedAtCentre, world.publicTorture);
    }

    @Test
    void choosing_a_place_drills_down_to_the_places_below_it() {
        JsonNode result = search(coderA, "type=act&facet.place=" + world.northHamgyong);
        List<String> path = new ArrayList<>();
        result.get("facet_paths").get("place").forEach(step -> path.add(step.get("value").asText()));
        assertThat(path).containsExactly(world.korea, world.northHamgyong);
        assertThat(facet(result, "place")).isEqualTo(Map.of(world.onsong, 3L));
        JsonNode labels = result.get("facets").get("place").get(0);
        assertThat(labels.get("label").asText()).isEqualTo("Onsong");
        assertThat(facet(search(coderA, "type=act&facet.date=2010s"), "date")).isEqualTo(Map.of("2018", 1L, "2019", 2L));
    }

    @Test
    void place_names_match_in_any_romanization_and_script() {
        assertThat(ids(search(analystB, "type=act&q=" + q("회령")))).containsExactly(world.detainedInHoeryong);
        assertThat(ids(search(analystB, "type=act&q=" + q("Hoeryŏng detention")))).containsExactly(world.detainedInHoeryong);
        assertThat(ids(search(coderA, "type=place&q=" + q("Hoeryeong")))).containsExactly(world.hoeryong);
    }

    @Test
    void a_new_record_is_found_at_once_and_leaves_the_results_when_it_is_made_restricted() {
        String act = SearchFixture.created(world.admin.post("/api/v1/acts", "{\"act_type\":\"public_execution\","
                + "\"victim_id\":\"" + world.kimJongnam + "\",\"date\":\"2022\",\"confidentiality\":\"public\"}"));
        assertThat(ids(search(partner, "q=" + q("public execution")))).containsExactly(act);
        int version = world.admin.get("/api/v1/acts/" + act).json().get("version").asInt();
        Api.Response updated = world.admin.put("/api/v1/acts/" + act, "{\"act_type\":\"public_execution\",\"victim_id\":\""
                + world.kimJongnam + "\",\"date\":\"2022\",\"confidentiality\":\"restricted\",\"version\":" + version + "}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(search(partner, "q=" + q("public execution")).get("total").asLong()).isZero();
        assertThat(ids(search(coderA, "q=" + q("공개처형")))).containsExactly(act);
    }

    @Test
    void browsing_without_words_lists_newest_first() {
        assertThat(ids(search(coderA, "type=act&to=2021&sort=newest"))).containsExactly(world.detainedAtCentre,
                world.repatriated, world.publicTorture);
        assertThat(ids(search(coderA, "type=act&to=2021"))).as("newest first is the default without words")
                .containsExactly(world.detainedAtCentre, world.repatriated, world.publicTorture);
        assertThat(ids(search(coderA, "type=act&to=2021&sort=oldest"))).containsExactly(world.publicTorture,
                world.repatriated, world.detainedAtCentre);
    }

    @Test
    void rejects_bad_parameters_naming_them() {
        assertThat(field(coderA.get("/api/v1/search?from=2019-13"))).isEqualTo("from");
        assertThat(field(coderA.get("/api/v1/search?facet.colour=red"))).isEqualTo("facet.colour");
        assertThat(field(coderA.get("/api/v1/search?type=unicorn"))).isEqualTo("type");
        assertThat(field(coderA.get("/api/v1/search?size=1000"))).isEqualTo("size");
        assertThat(field(coderA.get("/api/v1/search?sort=random"))).isEqualTo("sort");
        assertThat(field(coderA.get("/api/v1/search?page=x"))).isEqualTo("page");
        assertThat(field(coderA.get("/api/v1/search?from=2020&to=2019"))).isEqualTo("from");
    }

    @Test
    void requires_a_token() {
        assertThat(new Api(system.baseUrl(), null).get("/api/v1/search?q=x").status()).isEqualTo(401);
    }

    private static String field(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("error").get("field").asText();
    }
}
