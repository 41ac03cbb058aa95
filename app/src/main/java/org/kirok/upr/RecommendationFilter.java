package org.kirok.upr;

import io.javalin.http.Context;
import java.util.Optional;
import org.kirok.store.InvalidInputException;

/** Filters of the register, read alike from pages and the API: state (name or code), session or cycle, and more. */
public record RecommendationFilter(Optional<String> state, Optional<Integer> session, Optional<Integer> cycle,
                                   Optional<Response> response, Optional<Integer> category, Optional<String> issue,
                                   Optional<String> theme, Optional<String> recommending, Optional<String> text) {

    public static RecommendationFilter none() {
        return new RecommendationFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static RecommendationFilter forReview(String state, int session) {
        return new RecommendationFilter(Optional.of(state), Optional.of(session), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static RecommendationFilter from(Context ctx) {
        return new RecommendationFilter(state(ctx, "state"), number(ctx, "session", 1, 300), number(ctx, "cycle", 1, 60),
                param(ctx, "response").map(Response::parse), number(ctx, "category", 1, 5), param(ctx, "issue"),
                param(ctx, "theme"), state(ctx, "recommending"), param(ctx, "q"));
    }

    private static Optional<String> state(Context ctx, String name) {
        return param(ctx, name).map(text -> States.all().resolve(text).orElseThrow(() -> new InvalidInputException(name,
                name + ": '" + text + "' is not a state Kirok knows; use its name or ISO 3166 code (KP, CN)")));
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<Integer> number(Context ctx, String name, int min, int max) {
        return param(ctx, name).map(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // fall through to the message
            }
            throw new InvalidInputException(name, name + " must be a whole number from " + min + " to " + max
                    + " (got '" + text + "')");
        });
    }
}
