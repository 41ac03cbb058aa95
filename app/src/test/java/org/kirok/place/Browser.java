package org.kirok.place;

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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kirok.security.Role;
import org.kirok.security.UserStore;
import org.kirok.testing.TestSystem;

/** A logged-in browser session over real HTTP (cookies, CSRF token), for pages and type-ahead lookups. */
final class Browser {
    private static final Pattern CSRF = Pattern.compile("data-csrf=\"([^\"]*)\"");
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private String csrf = "";

    private Browser(String base) {
        this.base = base;
    }

    /** Creates a user with this role and interface language and logs in as them. */
    static Browser loggedIn(TestSystem system, String username, Role role, String language) {
        String password = "correct horse battery staple " + UUID.randomUUID();
        var core = system.kirok().core();
        system.kirok().jdbi().useTransaction(handle -> core.users().insert(handle, new UserStore.NewUser(UUID.randomUUID(),
                username, username, role, Optional.empty(), language, core.accounts().hasher().hash(password), false)));
        Browser browser = new Browser(system.baseUrl());
        String login = browser.get("/login").body();
        browser.csrf = browser.token(login);
        HttpResponse<String> response = browser.post("/login", "username=" + encode(username) + "&password="
                + encode(password) + "&next=%2F");
        if (response.statusCode() != 302) {
            throw new IllegalStateException("login failed: " + response.statusCode());
        }
        browser.csrf = browser.token(browser.get("/places").body());
        return browser;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    HttpResponse<String> post(String path, String form) {
        String body = "_csrf=" + encode(csrf) + "&" + form;
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String token(String page) {
        Matcher matcher = CSRF.matcher(page);
        return matcher.find() ? matcher.group(1) : "";
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
