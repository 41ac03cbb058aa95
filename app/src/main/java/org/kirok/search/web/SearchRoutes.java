package org.kirok.search.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kirok.search.SearchRequest;
import org.kirok.search.SearchResult;
import org.kirok.search.SearchService;
import org.kirok.search.SearchUnavailableException;
import org.kirok.security.Permission;
import org.kirok.store.InvalidInputException;
import org.kirok.vocabulary.Vocabularies;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.Messages;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/** The results page with facets, and the type-ahead behind the search box on every page. */
public final class SearchRoutes implements Feature {
    static final int SUGGESTIONS = 8;

    private final SearchService search;
    private final Vocabularies vocabularies;
    private final Templates templates;

    public SearchRoutes(SearchService search, Vocabularies vocabularies, Templates templates) {
        this.search = search;
        this.vocabularies = vocabularies;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/search", Permission.READ_RECORDS, "Search results with facets", this::results);
        router.get("/search/suggest", Permission.READ_RECORDS, "Type-ahead for the search box", this::suggest);
    }

    private void results(Context ctx) {
        String language = Templates.language(ctx);
        Optional<SearchResult> result = Optional.empty();
        Optional<String> problem = Optional.empty();
        try {
            SearchRequest request = SearchParams.read(ctx);
            result = Optional.of(search.search(CurrentUser.of(ctx), request, language));
        } catch (InvalidInputException e) {
            ctx.status(400);
            problem = Optional.of(FormErrors.message(ctx, e));
        } catch (SearchUnavailableException e) {
            ctx.status(503);
            problem = Optional.of(Messages.of(language).t("search.unavailable") + " (" + e.getMessage() + ")");
        }
        SearchPage page = new SearchPage(ctx.queryParamMap(), result, List.copyOf(search.types()),
                vocabularies.activeTerms("act_type"), problem);
        templates.render(ctx, "search/results.jte", Map.of("search", page));
    }

    private void suggest(Context ctx) {
        String typed = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        try {
            ctx.json(search.suggest(CurrentUser.of(ctx), typed, Templates.language(ctx), SUGGESTIONS));
        } catch (SearchUnavailableException e) {
            ctx.status(503).json(Map.of("error", Map.of("code", "search_unavailable", "message", e.getMessage())));
        }
    }
}
