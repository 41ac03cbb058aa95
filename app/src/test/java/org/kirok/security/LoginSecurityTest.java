package org.kirok.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kirok.testing.TestSystem;
import org.kirok.testing.WebSession;

/**
 * The login rules over real HTTP: one answer for unknown users and wrong passwords, throttling, a second-factor code
 * and a recovery code that each work once, cookie attributes and security headers, CSRF on state changes, and API
 * tokens that expire, can be revoked and can be read-only.
 */
class LoginSecurityTest {
    static final String PASSWORD = "a long enough passphrase for tests";
    static TestSystem system;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static HttpResponse<String> attempt(WebSession session, String username, String password) {
        String csrf = session.get("/login").body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]*)\".*", "$1");
        return session.send(HttpRequest.newBuilder(URI.create(system.baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&username=" + username + "&password="
                        + password.replace(' ', '+'))));
    }

    @Test
    void an_unknown_user_and_a_wrong_password_get_the_same_answer() {
        system.createUser("known", Role.ADVOCACY_OFFICER, PASSWORD);
        HttpResponse<String> unknown = attempt(new WebSession(system.baseUrl()), "nobody-at-all", "wrong password here");
        HttpResponse<String> wrong = attempt(new WebSession(system.baseUrl()), "known", "wrong password here");
        assertThat(unknown.statusCode()).isEqualTo(401).isEqualTo(wrong.statusCode());
        assertThat(strip(unknown.body())).isEqualTo(strip(wrong.body()).replace("value=\"known\"", "value=\"nobody-at-all\""));
    }

    private static String strip(String page) {
        return page.replaceAll("value=\"[A-Za-z0-9_-]{30,}\"", "value=\"\"").replaceAll("data-csrf=\"[^\"]*\"", "");
    }

    @Test
    void ten_failures_lock_the_account_for_a_while_even_against_the_right_password() {
        system.createUser("guessed", Role.ADVOCACY_OFFICER, PASSWORD);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(attempt(new WebSession(system.baseUrl()), "guessed", "wrong guess " + i).statusCode()).isEqualTo(401);
        }
        assertThat(attempt(new WebSession(system.baseUrl()), "guessed", PASSWORD).statusCode()).isEqualTo(429);
    }

    @Test
    void a_code_and_a_recovery_code_each_work_once() {
        UUID id = system.createUser("second", Role.ADVOCACY_OFFICER, PASSWORD);
        var factor = system.kirok().core().secondFactor();
        User user = system.kirok().jdbi().withHandle(h -> system.kirok().core().users().byId(h, id)).orElseThrow();
        byte[] secret = factor.begin(user);
        long now = new Totp().currentStep();
        List<String> recovery = factor.confirm(user, Totp.codeAt(secret, now - 1)).orElseThrow();
        String code = Totp.codeAt(secret, now);

        assertThat(secondStep("second", code).statusCode()).isEqualTo(302);
        assertThat(secondStep("second", code).statusCode()).as("the same code again").isEqualTo(401);
        assertThat(secondStep("second", "000000".equals(code) ? "111111" : "000000").statusCode()).isEqualTo(401);
        assertThat(secondStep("second", recovery.get(0)).statusCode()).isEqualTo(302);
        assertThat(secondStep("second", recovery.get(0)).statusCode()).as("a used recovery code").isEqualTo(401);
        WebSession halfway = new WebSession(system.baseUrl()).login("second", PASSWORD, Optional.empty());
        assertThat(halfway.get("/persons").statusCode()).as("no page before the second factor").isIn(302, 303, 403);
    }

    private static HttpResponse<String> secondStep(String username, String code) {
        WebSession session = new WebSession(system.baseUrl()).login(username, PASSWORD, Optional.empty());
        return session.post("/login/totp", "code=" + code);
    }

    @Test
    void cookies_are_http_only_and_same_site_and_pages_carry_a_strict_policy() {
        system.createUser("headers", Role.ADVOCACY_OFFICER, PASSWORD);
        HttpResponse<String> login = attempt(new WebSession(system.baseUrl()), "headers", PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("kirok_session"))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        HttpResponse<String> page = new WebSession(system.baseUrl()).get("/login");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("default-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain(" onclick=");
    }

    @Test
    void a_state_change_without_the_session_token_is_refused() {
        WebSession session = WebSession.loggedIn(system, "csrf-user", Role.ADVOCACY_OFFICER, "en");
        HttpResponse<String> forged = session.send(HttpRequest.newBuilder(URI.create(system.baseUrl() + "/language"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("language=ko")));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(session.post("/language", "language=ko").statusCode()).isIn(200, 302, 303);
    }

    @Test
    void tokens_expire_can_be_revoked_and_read_only_ones_cannot_write() {
        UUID id = system.createUser("tokens", Role.CODER, PASSWORD);
        var store = system.kirok().core().tokens();
        String expired = Tokens.newSecret();
        String readOnly = Tokens.newSecret();
        String live = Tokens.newSecret();
        UUID liveId = system.kirok().jdbi().withHandle(h -> {
            store.create(h, id, "old", expired, Optional.of(Instant.now().minusSeconds(60)));
            store.create(h, id, "reader", readOnly, Optional.empty(), true);
            return store.create(h, id, "live", live, Optional.empty());
        });
        assertThat(system.api(expired).get("/api/v1/persons").status()).isEqualTo(401);
        assertThat(system.api(readOnly).get("/api/v1/places").status()).isEqualTo(200);
        assertThat(system.api(readOnly).post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"Read only\"}")
                .status()).isEqualTo(403);
        assertThat(system.api(live).post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"Writable\"}")
                .status()).isEqualTo(201);
        system.kirok().jdbi().useHandle(h -> assertThat(store.revoke(h, liveId, id)).isTrue());
        assertThat(system.api(live).get("/api/v1/places").status()).isEqualTo(401);
        long stored = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM api_token WHERE encode(token_hash, 'escape') LIKE :s").bind("s", "%" + live + "%")
                .mapTo(Long.class).one());
        assertThat(stored).as("tokens are stored only as hashes").isZero();
    }
}
