package org.kirok.testimony;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.kirok.store.Confidentiality;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;

/** Reads testimony filters from a query string, the same for pages and the API. */
final class TestimonyQuery {
    private TestimonyQuery() {
    }

    static TestimonyFilter filter(Context ctx) {
        return new TestimonyFilter(param(ctx, "q"), param(ctx, "interviewee").flatMap(Ids::parseOptional),
                date(ctx, "from"), date(ctx, "to"), param(ctx, "place").flatMap(Ids::parseOptional),
                param(ctx, "language").map(Language::parse), param(ctx, "confidentiality").map(Confidentiality::parse));
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<LocalDate> date(Context ctx, String name) {
        return param(ctx, name).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(name, name + " must be a date like 2019-05-01 (got '" + text + "')");
            }
        });
    }
}
