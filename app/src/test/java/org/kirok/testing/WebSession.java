package org.kirok.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP session without a browser: cookies, the login form, the second factor, the CSRF token. */
public final class WebSession {
    private static final Pattern CSRF = Pattern.compile("data-csrf=\"([^\"]*)\"");
    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private final String base;
    private final HttpClient client;
    private String csrf = "";

    public WebSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Logs in with password and, when asked, the second factor; afterwards {@link #csrf()} is the session's token. */
    public WebSession login(String username, String password, Optional<Supplier<String>> code) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        Matcher m = FORM_CSRF.matcher(page.body());
        String anonymous = m.find() ? m.group(1) : "";
        HttpResponse<String> login = send(form("/login", "_csrf=" + anonymous + "&username=" + enc(username)
                + "&password=" + enc(password)));
        if (login.statusCode() != 302) {
            throw new IllegalStateException("login of " + username + " failed with " + login.statusCode());
        }
        refreshCsrf("/login/totp");
        if (code.isPresent()) {
            HttpResponse<String> second = send(form("/login/totp", "_csrf=" + csrf + "&code=" + code.get().get()));
            if (second.statusCode() != 302) {
                throw new IllegalStateException("second factor of " + username + " failed with " + second.statusCode());
            }
        }
        refreshCsrf("/account");
        return this;
    }

    private void refreshCsrf(String path) {
        Matcher m = CSRF.matcher(get(path).body());
        if (m.find()) {
            csrf = m.group(1);
        }
    }

    /** Creates a user with this role and interface language and returns a logged-in session as them. */
    public static WebSession loggedIn(TestSystem system, String username, org.kirok.security.Role role, String language) {
        String password = "correct horse battery staple " + java.util.UUID.randomUUID();
        java.util.UUID id = system.createUser(username, role, password);
        system.kirok().jdbi().useHandle(h -> system.kirok().core().users().setLocale(h, id, language));
        boolean second = system.kirok().jdbi().withHandle(h -> system.kirok().core().users().byId(h, id)).orElseThrow().totpEnabled();
        return new WebSession(system.baseUrl()).login(username, password,
                second ? Optional.of(() -> system.totpCode(username)) : Optional.empty());
    }

    /** Posts a form with the session's CSRF token. */
    public HttpResponse<String> post(String path, String form) {
        return send(form(path, "_csrf=" + enc(csrf) + "&" + form));
    }

    public String csrf() {
        return csrf;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    public String base() {
        return base;
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
