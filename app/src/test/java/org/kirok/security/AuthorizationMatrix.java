package org.kirok.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The authorization matrix kept in the repository (src/test/resources/authorization-matrix.csv): for every route,
 * what each role and an anonymous caller get. {@code ok} = allowed (the route answers whatever its input
 * deserves, never 401 or 403); {@code 403} = forbidden; {@code login} = asked to log in (401, or a redirect to
 * the login page); {@code any} = the route itself decides (logging in with no password answers 401 to everyone).
 */
record AuthorizationMatrix(List<String> callers, Map<String, Map<String, String>> expectations) {

    static final String FILE = "/authorization-matrix.csv";

    static AuthorizationMatrix load() {
        try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + FILE);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            List<String> header = List.of(lines.get(0).split(","));
            List<String> callers = header.subList(2, header.size());
            Map<String, Map<String, String>> expectations = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < callers.size(); i++) {
                    row.put(callers.get(i), cells[i + 2].strip());
                }
                expectations.put(key(cells[0].strip(), cells[1].strip()), row);
            }
            return new AuthorizationMatrix(callers, expectations);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String key(String method, String path) {
        return method + " " + path;
    }
}
