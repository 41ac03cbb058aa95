package org.kirok.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Role;
import org.kirok.security.Tokens;
import org.kirok.security.UserStore;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;

/**
 * A small world for search tests, written through the API: two NGOs, a state organ, places down to a holding centre,
 * persons with names in several scripts, a testimony and acts of several confidentialities and owners.
 */
final class SearchFixture {
    final TestSystem system;
    final Api admin;
    final String ngoA;
    final String ngoB;
    final String mss;
    final String korea;
    final String northHamgyong;
    final String onsong;
    final String holdingCentre;
    final String hoeryong;
    final String riYongChol;
    final String parkMyungsoo;
    final String kimJongnam;
    final String testimony;
    final String repatriated;
    final String detainedAtCentre;
    final String detainedInHoeryong;
    final String publicTorture;
    final String restrictedTorture;

    SearchFixture(TestSystem system) {
        this.system = system;
        admin = system.api(system.tokenFor("searchadmin", Role.ADMIN));
        ngoA = created(admin.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"Transitional Justice Group\"}"));
        ngoB = created(admin.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"Citizens Alliance\"}"));
        mss = created(admin.post("/api/v1/organisations", "{\"kind\":\"state_organ\",\"name_en\":\"Ministry of State Security\","
                + "\"name_ko\":\"국가보위성\",\"abbreviation\":\"MSS\",\"country_code\":\"KP\"}"));
        korea = place("{\"level\":\"country\",\"name_en\":\"North Korea\",\"name_ko\":\"북한\",\"country_code\":\"KP\"}");
        northHamgyong = place("{\"level\":\"province\",\"name_en\":\"North Hamgyong\",\"name_ko\":\"함경북도\",\"parent_id\":\""
                + korea + "\"}");
        onsong = place("{\"level\":\"county\",\"name_en\":\"Onsong\",\"name_ko\":\"온성군\",\"parent_id\":\"" + northHamgyong + "\"}");
        holdingCentre = place("{\"level\":\"facility\",\"name_en\":\"Onsong holding centre\",\"name_ko\":\"온성 집결소\","
                + "\"parent_id\":\"" + onsong + "\",\"facility\":{\"type\":\"jipkyulso\"}}");
        hoeryong = place("{\"level\":\"city\",\"name_en\":\"Hoeryong\",\"name_ko\":\"회령시\",\"parent_id\":\"" + northHamgyong + "\"}");
        riYongChol = person("[{\"text\":\"리영철\"},{\"text\":\"Ri Yong Chol\"}]", ngoA, "internal");
        parkMyungsoo = person("[{\"text\":\"박명수\"}]", ngoB, "internal");
        kimJongnam = person("[{\"text\":\"Kim Jong-nam\"}]", null, "public");
        testimony = created(admin.post("/api/v1/testimonies", "{\"interviewee_id\":\"" + riYongChol + "\",\"interview_date\":"
                + "\"2023-06-01\",\"language\":\"ko\",\"title\":\"Interview in Seoul\",\"place_id\":\"" + onsong
                + "\",\"organisation_id\":\"" + ngoA
                + "\",\"confidentiality\":\"internal\",\"transcript\":\"온성 집결소에서 보위부 요원에게 조사를 받았습니다. "
                + "정치범수용소로 보내질까 두려웠습니다.\"}"));
        repatriated = act(riYongChol, "forced_repatriation", "2019-02-20", onsong, Optional.empty(), ngoA, "internal");
        detainedAtCentre = act(riYongChol, "arbitrary_detention", "2019-03-14", holdingCentre, Optional.of(mss), ngoA,
                "internal");
        detainedInHoeryong = act(parkMyungsoo, "arbitrary_detention", "2020-05", hoeryong, Optional.of(mss), ngoB, "internal");
        publicTorture = act(kimJongnam, "torture", "2018", holdingCentre, Optional.of(mss), null, "public");
        restrictedTorture = act(parkMyungsoo, "torture", "2021", hoeryong, Optional.empty(), ngoB, "restricted");
    }

    /** A user of an organisation (or none) with this role, and an API client with its token. */
    Api user(String username, Role role, String organisation) {
        UUID id = UUID.randomUUID();
        var core = system.kirok().core();
        system.kirok().jdbi().useTransaction(handle -> core.users().insert(handle, new UserStore.NewUser(id, username,
                username, role, Optional.ofNullable(organisation).map(UUID::fromString), "en",
                core.accounts().hasher().hash(Tokens.newSecret()), false)));
        String token = Tokens.newSecret();
        system.kirok().jdbi().useTransaction(handle -> core.tokens().create(handle, id, "test", token, Optional.empty()));
        return system.api(token);
    }

    private String place(String body) {
        return created(admin.post("/api/v1/places", body));
    }

    private String person(String names, String organisation, String confidentiality) {
        return created(admin.post("/api/v1/persons", "{\"names\":" + names + ",\"sex\":\"M\",\"birth_year\":1980,"
                + (organisation == null ? "" : "\"organisation_id\":\"" + organisation + "\",")
                + "\"confidentiality\":\"" + confidentiality + "\"}"));
    }

    private String act(String victim, String type, String date, String place, Optional<String> perpetrator,
                       String organisation, String confidentiality) {
        return created(admin.post("/api/v1/acts", "{\"act_type\":\"" + type + "\",\"victim_id\":\"" + victim
                + "\",\"date\":\"" + date + "\",\"place_id\":\"" + place + "\","
                + perpetrator.map(org -> "\"involvements\":[{\"organisation_id\":\"" + org + "\",\"degree\":\"carried_out\"}],")
                        .orElse("")
                + (organisation == null ? "" : "\"organisation_id\":\"" + organisation + "\",")
                + "\"confidentiality\":\"" + confidentiality + "\"}"));
    }

    static String created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
