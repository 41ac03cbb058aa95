package org.kirok.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.kirok.testing.TestSystem;
import org.kirok.testing.WebSession;
import org.kirok.web.RouteInfo;
import org.junit.jupiter.api.Test;

/**
 * Walks every registered route as every role and as an anonymous caller and holds the answers to the matrix in
 * src/test/resources/authorization-matrix.csv: a route missing there fails, an unexpected 2xx fails, a server
 * error fails, and a guessed id answers 404.
 */
class AuthorizationMatrixTest {
    private static final String PASSWORD = "matrix walker passphrase 7";
    private static final Map<String, String> PARAMETERS = Map.of("file", "acts.csv", "kind", "persons",
            "entity", "person", "code", "act_type", "vocabulary", "act_type");

    @Test
    void every_route_answers_every_caller_as_the_matrix_says() {
        AuthorizationMatrix matrix = AuthorizationMatrix.load();
        try (TestSystem system = TestSystem.start()) {
            List<RouteInfo> routes = system.server().routes().stream()
                    .sorted(Comparator.comparing((RouteInfo r) -> r.path().equals("/logout"))).toList();
            Set<String> registered = new TreeSet<>();
            routes.forEach(r -> registered.add(AuthorizationMatrix.key(r.method(), r.path())));
            assertThat(new TreeSet<>(registered)).as("routes missing from the matrix")
                    .isSubsetOf(matrix.expectations().keySet());
            assertThat(new TreeSet<>(matrix.expectations().keySet())).as("matrix rows for routes that no longer exist")
                    .isSubsetOf(registered);
            Map<String, Caller> callers = callers(system);
            List<String> wrong = new ArrayList<>();
            for (RouteInfo route : routes) {
                Map<String, String> expected = matrix.expectations().get(AuthorizationMatrix.key(route.method(), route.path()));
                for (Map.Entry<String, Caller> caller : callers.entrySet()) {
                    HttpResponse<String> answer = call(caller.getValue(), route);
                    String want = expected.get(caller.getKey());
                    if (!meets(want, answer, route)) {
                        wrong.add(route.method() + " " + route.path() + " as " + caller.getKey() + ": want " + want
                                + ", got " + answer.statusCode() + answer.headers().firstValue("Location").map(l -> " → " + l).orElse(""));
                    }
                    if (want.equals("ok") && route.method().equals("GET") && route.path().endsWith("{id}")
                            && answer.statusCode() != 404) {
                        wrong.add(route.method() + " " + route.path() + " as " + caller.getKey()
                                + ": a guessed id answered " + answer.statusCode() + " instead of 404");
                    }
                }
            }
            assertThat(wrong).isEmpty();
        }
    }

    private record Caller(Optional<String> token, Optional<WebSession> session, WebSession anonymous) {
    }

    private static Map<String, Caller> callers(TestSystem system) {
        Map<String, Caller> callers = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            String username = "m-" + role.code();
            UUID id = system.createUser(username, role, PASSWORD);
            String token = Tokens.newSecret();
            system.kirok().jdbi().useTransaction(h -> system.kirok().core().tokens().create(h, id, "matrix", token,
                    Optional.empty()));
            boolean second = system.kirok().jdbi().withHandle(h -> system.kirok().core().users().byId(h, id)).orElseThrow().totpEnabled();
            WebSession session = new WebSession(system.baseUrl()).login(username, PASSWORD,
                    second ? Optional.of(() -> system.totpCode(username)) : Optional.empty());
            callers.put(role.code(), new Caller(Optional.of(token), Optional.of(session), new WebSession(system.baseUrl())));
        }
        callers.put("anonymous", new Caller(Optional.empty(), Optional.empty(), new WebSession(system.baseUrl())));
        return callers;
    }

    private static HttpResponse<String> call(Caller caller, RouteInfo route) {
        String path = route.path();
        for (String name : List.of("id", "file", "kind", "entity", "code", "vocabulary")) {
            path = path.replace("{" + name + "}", PARAMETERS.getOrDefault(name, UUID.randomUUID().toString()));
        }
        path = path.replaceAll("\\{[a-z_]+}", UUID.randomUUID().toString());
        boolean api = path.startsWith("/api/");
        WebSession channel = caller.session().filter(s -> !api).orElse(caller.anonymous());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(channel.base() + path));
        if (api) {
            caller.token().ifPresent(t -> request.header("Authorization", "Bearer " + t));
        } else {
            caller.session().ifPresent(s -> request.header("X-CSRF-Token", s.csrf()));
        }
        switch (route.method()) {
            case "GET" -> request.GET();
            case "DELETE" -> request.DELETE();
            default -> request.header("Content-Type", api ? "application/json" : "application/x-www-form-urlencoded")
                    .method(route.method(), HttpRequest.BodyPublishers.ofString(api ? "{}" : "x=1"));
        }
        return channel.send(request);
    }

    private static boolean meets(String want, HttpResponse<String> answer, RouteInfo route) {
        int status = answer.statusCode();
        boolean toLogin = status == 302 && answer.headers().firstValue("Location").orElse("").startsWith("/login");
        if (status >= 500) {
            return false;
        }
        return switch (want) {
            case "ok" -> status != 401 && status != 403 && !toLogin;
            case "403" -> status == 403;
            case "login" -> route.path().startsWith("/api/") ? status == 401 : (toLogin || status == 401);
            case "any" -> true;
            default -> throw new IllegalStateException("unknown matrix value '" + want + "'");
        };
    }
}
