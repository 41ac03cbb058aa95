package org.kirok.document;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The headers of one part of a form upload: {@code Content-Disposition: form-data; name="…"; filename="…"} (RFC 7578
 * §4.2, where {@code filename*} in the RFC 8187 form wins over {@code filename}) and the optional
 * {@code Content-Type}. Browsers send file names as raw UTF-8 inside the quotes, so only {@code \"} and {@code \\}
 * are taken as escapes: a Windows path {@code C:\Users\a.pdf} survives to have its folders cut off later.
 */
record PartHeaders(String name, Optional<String> fileName, Optional<String> contentType) {

    static PartHeaders parse(List<String> lines) {
        Map<String, String> headers = new HashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw MultipartReader.malformed("a part header line has no name: '" + shorten(line) + "'");
            }
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        String disposition = headers.get("content-disposition");
        if (disposition == null) {
            throw MultipartReader.malformed("a part has no Content-Disposition header");
        }
        Map<String, String> parameters = parameters(disposition);
        if (!parameters.getOrDefault("", "").equalsIgnoreCase("form-data")) {
            throw MultipartReader.malformed("a part is '" + shorten(disposition) + "', not form-data");
        }
        String name = parameters.get("name");
        if (name == null || name.isEmpty()) {
            throw MultipartReader.malformed("a part has no field name");
        }
        Optional<String> fileName = Optional.ofNullable(parameters.get("filename*")).flatMap(PartHeaders::extended)
                .or(() -> Optional.ofNullable(parameters.get("filename")));
        return new PartHeaders(name, fileName, Optional.ofNullable(headers.get("content-type")).filter(s -> !s.isEmpty()));
    }

    /** The disposition type under the key "" and its parameters under their lower-case names. */
    private static Map<String, String> parameters(String header) {
        Map<String, String> parameters = new HashMap<>();
        int n = header.length();
        int semicolon = header.indexOf(';');
        parameters.put("", (semicolon < 0 ? header : header.substring(0, semicolon)).strip());
        int i = semicolon < 0 ? n : semicolon + 1;
        while (i < n) {
            int equals = header.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String key = header.substring(i, equals).strip().toLowerCase(Locale.ROOT);
            i = equals + 1;
            while (i < n && header.charAt(i) == ' ') {
                i++;
            }
            StringBuilder value = new StringBuilder();
            if (i < n && header.charAt(i) == '"') {
                i++;
                while (i < n && header.charAt(i) != '"') {
                    char c = header.charAt(i);
                    if (c == '\\' && i + 1 < n && (header.charAt(i + 1) == '"' || header.charAt(i + 1) == '\\')) {
                        c = header.charAt(++i);
                    }
                    value.append(c);
                    i++;
                }
                i++;
                int next = header.indexOf(';', i);
                i = next < 0 ? n : next + 1;
            } else {
                int next = header.indexOf(';', i);
                value.append(header, i, next < 0 ? n : next);
                i = next < 0 ? n : next + 1;
            }
            parameters.putIfAbsent(key, value.toString().strip());
        }
        return parameters;
    }

    /** An RFC 8187 value {@code UTF-8''%ED%95%9C.pdf}; other charsets are ignored in favour of {@code filename}. */
    private static Optional<String> extended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0 || !value.substring(0, first).equalsIgnoreCase("UTF-8")) {
            return Optional.empty();
        }
        try {
            return Optional.of(URLDecoder.decode(value.substring(second + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException badEscape) {
            return Optional.empty();
        }
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
