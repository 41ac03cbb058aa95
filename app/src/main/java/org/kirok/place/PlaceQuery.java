package org.kirok.place;

import io.javalin.http.Context;
import java.util.Optional;
import org.kirok.store.Ids;

/** Reads place filters from a query string, the same for pages, lookups and the API. */
final class PlaceQuery {
    private PlaceQuery() {
    }

    static PlaceFilter filter(Context ctx) {
        return new PlaceFilter(Optional.ofNullable(ctx.queryParam("q")),
                Optional.ofNullable(ctx.queryParam("level")).filter(s -> !s.isBlank()).map(PlaceLevel::parse),
                Optional.ofNullable(ctx.queryParam("country")),
                Optional.ofNullable(ctx.queryParam("under")).flatMap(Ids::parseOptional));
    }
}
