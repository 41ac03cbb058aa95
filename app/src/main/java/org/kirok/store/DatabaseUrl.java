package org.kirok.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where an external PostgreSQL is, parsed from {@code KIROK_DATABASE_URL} in either the libpq form
 * {@code postgresql://user:password@host:port/db} or the JDBC form {@code jdbc:postgresql://host/db?user=…}.
 * {@link #toString()} never shows the password.
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password) {

    public DatabaseUrl {
        if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + redact(jdbcUrl));
        }
    }

    public static DatabaseUrl parse(String url) {
        String trimmed = url.strip();
        if (trimmed.startsWith("jdbc:postgresql://")) {
            return new DatabaseUrl(trimmed, Optional.empty(), Optional.empty());
        }
        if (!trimmed.startsWith("postgresql://") && !trimmed.startsWith("postgres://")) {
            throw new IllegalArgumentException("KIROK_DATABASE_URL must start with postgresql:// or jdbc:postgresql:// "
                    + "(got " + redact(trimmed) + ")");
        }
        try {
            URI uri = new URI(trimmed);
            String host = uri.getHost();
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("KIROK_DATABASE_URL has no host: " + redact(trimmed));
            }
            int port = uri.getPort() == -1 ? 5432 : uri.getPort();
            String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            String jdbc = "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database + query;
            Optional<String> user = Optional.empty();
            Optional<String> password = Optional.empty();
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = Optional.of(decode(parts[0]));
                if (parts.length == 2) {
                    password = Optional.of(decode(parts[1]));
                }
            }
            return new DatabaseUrl(jdbc, user, password);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("KIROK_DATABASE_URL is not a valid URL: " + redact(trimmed), e);
        }
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    /** The URL with any password replaced, for messages and logs. */
    static String redact(String url) {
        return url.replaceAll("(//[^:/@]+:)[^@]*@", "$1***@").replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    public String toString() {
        return redact(jdbcUrl) + user.map(u -> " as " + u).orElse("");
    }
}
