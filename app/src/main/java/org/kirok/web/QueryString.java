package org.kirok.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The current query string without some parameters, for pager links that keep the filters. */
public final class QueryString {
    private QueryString() {
    }

    /** "a=1&b=2&" (with a trailing "&" when not empty), leaving out {@code excluded}. */
    public static String without(Context ctx, String... excluded) {
        List<String> skip = List.of(excluded);
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<String>> entry : ctx.queryParamMap().entrySet()) {
            if (skip.contains(entry.getKey())) {
                continue;
            }
            for (String value : entry.getValue()) {
                if (value == null || value.isEmpty()) {
                    continue;
                }
                out.append(encode(entry.getKey())).append('=').append(encode(value)).append('&');
            }
        }
        return out.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
