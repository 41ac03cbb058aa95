package org.kirok.event;

import io.javalin.http.Context;
import java.util.Optional;
import org.kirok.store.Confidentiality;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;

/** Reads act filters from a query string, the same for pages, the API and exports. */
public final class ActQuery {
    private ActQuery() {
    }

    public static ActFilter filter(Context ctx) {
        return new ActFilter(param(ctx, "act_type"), id(ctx, "victim"), id(ctx, "source"), id(ctx, "place"),
                year(ctx, "from"), year(ctx, "to"), id(ctx, "perpetrator"), id(ctx, "event"), id(ctx, "article"),
                param(ctx, "confidentiality").map(Confidentiality::parse), param(ctx, "case"));
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<java.util.UUID> id(Context ctx, String name) {
        return param(ctx, name).flatMap(Ids::parseOptional);
    }

    private static Optional<Integer> year(Context ctx, String name) {
        return param(ctx, name).map(text -> {
            try {
                int year = Integer.parseInt(text);
                if (year < 1900 || year > 2200) {
                    throw new NumberFormatException();
                }
                return year;
            } catch (NumberFormatException e) {
                throw new InvalidInputException(name, name + " must be a year like 2019 (got '" + text + "')");
            }
        });
    }
}
