package org.kirok.document;

import io.javalin.http.Context;
import java.util.Optional;
import org.kirok.store.Confidentiality;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.web.PeriodBound;
import org.kirok.testimony.Language;

/**
 * Reads document filters from a query string, the same for pages and the API. A period bound may be a year
 * ({@code 2019}), a month ({@code 2019-05}) or a day; {@code from} takes its first day, {@code to} its last.
 */
final class DocumentQuery {
    private DocumentQuery() {
    }

    static DocumentFilter filter(Context ctx) {
        return new DocumentFilter(param(ctx, "q"), param(ctx, "kind").map(SourceKind::parse),
                param(ctx, "from").map(text -> PeriodBound.day("from", text, true)),
                param(ctx, "to").map(text -> PeriodBound.day("to", text, false)),
                param(ctx, "organisation").map(text -> Ids.parseOptional(text).orElseThrow(
                        () -> new InvalidInputException("organisation", "organisation is not an id: choose from the suggestions"))),
                param(ctx, "language").map(Language::parse), param(ctx, "confidentiality").map(Confidentiality::parse));
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

}
