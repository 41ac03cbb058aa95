package org.kirok.search.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kirok.search.SearchResult;
import org.kirok.search.SearchService;
import org.kirok.search.SearchUnavailableException;
import org.kirok.security.Permission;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * {@code GET /api/v1/search?q=&type=&facet.<dimension>=&from=&to=&victim_of=&sort=&page=&size=} →
 * {@code {"total", "hits": [{"type","id","title","snippet","score",…}], "facets": {dimension: [{"value","label",
 * "count"}]}}}. Snippets are HTML (escaped text, matches in {@code <mark>}). Everything counts only records the
 * token's user may read.
 */
public final class SearchApi implements Feature {
    private final SearchService search;

    public SearchApi(SearchService search) {
        this.search = search;
    }

    @Override
    public void routes(Router router) {
        router.get("/api/v1/search", Permission.READ_RECORDS,
                "Full-text and name search with facets (q, type, facet.*, from, to, victim_of, sort, page, size)",
                this::search);
    }

    private void search(Context ctx) {
        SearchResult result;
        try {
            result = search.search(CurrentUser.of(ctx), SearchParams.read(ctx), Templates.language(ctx));
        } catch (SearchUnavailableException e) {
            ctx.status(503).json(Map.of("error", Map.of("code", "search_unavailable", "message", e.getMessage())));
            return;
        }
        Map<String, Object> facets = new LinkedHashMap<>();
        Map<String, Object> paths = new LinkedHashMap<>();
        for (SearchResult.Facet facet : result.facets()) {
            facets.put(facet.dimension(), facet.values().stream().map(value -> Map.of("value", value.value(),
                    "label", value.label(), "count", value.count(), "selected", value.selected())).toList());
            if (!facet.path().isEmpty()) {
                paths.put(facet.dimension(), facet.path().stream().map(value -> Map.of("value", value.value(),
                        "label", value.label())).toList());
            }
        }
        List<Map<String, Object>> hits = result.hits().stream().map(hit -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", hit.type());
            json.put("id", hit.id());
            json.put("title", hit.title());
            json.put("snippet", hit.snippet());
            json.put("score", hit.score());
            json.put("detail", hit.detail());
            json.put("url", hit.url());
            return json;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("page", result.page());
        body.put("size", result.size());
        body.put("complete", result.complete());
        body.put("hits", hits);
        body.put("facets", facets);
        body.put("facet_paths", paths);
        ctx.json(body);
    }
}
