package org.kirok.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a partner organisation's user sees: nothing internal without an agreement; the kinds an agreement names,
 * dated from its start; never restricted records; identities only under an agreement that is not pseudonymous;
 * nothing again once it is revoked.
 */
@Tag("store")
class SharingAgreementTest {
    static TestSystem system;
    static Api coordinator;
    static Api partner;
    static String partnerOrg;
    static String victim;
    static String act2019;
    static String act2010;
    static String restrictedAct;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        coordinator = system.api(system.tokenFor("coordinator", Role.COORDINATOR));
        partnerOrg = coordinator.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"Partner Network (fictional)\"}")
                .json().get("id").asText();
        UUID partnerUser = system.createUser("partner-user", Role.PARTNER, "partner passphrase words");
        system.kirok().jdbi().useHandle(h -> h.execute("UPDATE app_user SET organisation_id = ?::uuid WHERE id = ?",
                partnerOrg, partnerUser));
        String token = Tokens.newSecret();
        system.kirok().jdbi().useTransaction(h -> system.kirok().core().tokens().create(h, partnerUser, "p", token, Optional.empty()));
        partner = system.api(token);
        victim = coordinator.post("/api/v1/persons", "{\"names\":[{\"text\":\"계순덕\"}],\"birth_year\":1962}").json().get("id").asText();
        String testimony = coordinator.post("/api/v1/testimonies", "{\"interviewee_id\":\"" + victim
                + "\",\"interview_date\":\"2020-03-01\",\"language\":\"ko\",\"transcript\":\"가상 녹취\"}").json().get("id").asText();
        act2019 = act("2019-04", "internal", testimony);
        act2010 = act("2010", "internal", testimony);
        restrictedAct = act("2019-06", "restricted", testimony);
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static String act(String date, String confidentiality, String source) {
        Api.Response created = coordinator.post("/api/v1/acts", "{\"act_type\":\"torture\",\"victim_id\":\"" + victim
                + "\",\"date\":\"" + date + "\",\"confidentiality\":\"" + confidentiality + "\",\"sources\":[{\"source_id\":\""
                + source + "\",\"reliability\":\"high\"}]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static String agree(String kinds, boolean pseudonymous, String from) {
        Api.Response made = coordinator.post("/api/v1/sharing-agreements", "{\"partner_org_id\":\"" + partnerOrg
                + "\",\"kinds\":[" + kinds + "],\"pseudonymous\":" + pseudonymous
                + (from == null ? "" : ",\"records_from\":\"" + from + "\"") + "}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("id").asText();
    }

    private static void revoke(String agreement) {
        assertThat(coordinator.post("/api/v1/sharing-agreements/" + agreement + "/revoke", "{}").status()).isEqualTo(204);
    }

    @Test
    void without_an_agreement_a_partner_sees_no_internal_record_and_guessing_gives_404() {
        assertThat(partner.get("/api/v1/acts/" + act2019).status()).isEqualTo(404);
        assertThat(partner.get("/api/v1/acts").json().get("total").asInt()).isZero();
        assertThat(partner.get("/api/v1/persons/" + victim).status()).isEqualTo(404);
    }

    @Test
    void urgent_cases_are_shared_only_under_an_agreement_that_names_them() {
        Api.Response made = coordinator.post("/api/v1/urgent-cases", "{\"title\":\"Shared appeal (fictional)\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String urgentCase = made.json().get("id").asText();
        assertThat(partner.get("/api/v1/urgent-cases/" + urgentCase).status()).isEqualTo(404);
        String actsOnly = agree("\"acts\"", true, null);
        try {
            assertThat(partner.get("/api/v1/urgent-cases/" + urgentCase).status()).isEqualTo(404);
        } finally {
            revoke(actsOnly);
        }
        String agreement = agree("\"urgent_cases\"", true, null);
        try {
            assertThat(partner.get("/api/v1/urgent-cases/" + urgentCase).status()).isEqualTo(200);
        } finally {
            revoke(agreement);
        }
        assertThat(partner.get("/api/v1/urgent-cases/" + urgentCase).status()).isEqualTo(404);
    }

    @Test
    void an_agreement_shares_its_kinds_from_its_date_never_restricted_and_ends_when_revoked() {
        String agreement = agree("\"acts\"", true, "2015-01-01");
        try {
            assertThat(partner.get("/api/v1/acts/" + act2019).status()).isEqualTo(200);
            assertThat(partner.get("/api/v1/acts/" + act2010).status()).isEqualTo(404);
            assertThat(partner.get("/api/v1/acts/" + restrictedAct).status()).isEqualTo(404);
            assertThat(partner.get("/api/v1/acts").json().get("total").asInt()).isEqualTo(1);
            Api.Response act = partner.get("/api/v1/acts/" + act2019);
            assertThat(act.body()).doesNotContain("계순덕");
            assertThat(act.json().get("victim").asText()).startsWith("P-");
            assertThat(partner.get("/api/v1/persons/" + victim).status()).as("persons are not in the agreement").isEqualTo(404);
        } finally {
            revoke(agreement);
        }
        assertThat(partner.get("/api/v1/acts/" + act2019).status()).isEqualTo(404);
    }

    @Test
    void identities_stay_hidden_under_a_pseudonymous_agreement_and_show_under_a_named_one() {
        String pseudonymous = agree("\"persons\"", true, null);
        try {
            Api.Response person = partner.get("/api/v1/persons/" + victim);
            assertThat(person.status()).isEqualTo(200);
            assertThat(person.json().get("identity_hidden").asBoolean()).isTrue();
            assertThat(person.body()).doesNotContain("계순덕");
        } finally {
            revoke(pseudonymous);
        }
        String named = agree("\"persons\"", false, null);
        try {
            assertThat(partner.get("/api/v1/persons/" + victim).json().get("names").get(0).get("text").asText()).isEqualTo("계순덕");
        } finally {
            revoke(named);
        }
    }

    @Test
    void a_partner_cannot_write_or_manage_agreements() {
        assertThat(partner.post("/api/v1/acts", "{}").status()).isEqualTo(403);
        assertThat(partner.get("/api/v1/sharing-agreements").status()).isEqualTo(403);
    }

    @Test
    void an_agreement_needs_a_partner_and_known_kinds() {
        Api.Response response = coordinator.post("/api/v1/sharing-agreements", "{\"partner_org_id\":\"" + partnerOrg
                + "\",\"kinds\":[\"everything\"]}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").get("field").asText()).isEqualTo("kinds");
    }
}
