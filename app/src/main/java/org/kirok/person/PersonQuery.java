package org.kirok.person;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.kirok.store.Confidentiality;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;

/** Reads person filters from a query string, the same for pages and the API. */
final class PersonQuery {
    private final PersonService persons;

    PersonQuery(PersonService persons) {
        this.persons = persons;
    }

    PersonFilter filter(Context ctx) {
        String q = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        return new PersonFilter(q.isEmpty() ? List.of() : persons.keyHashes(q),
                Sex.parse(ctx.queryParam("sex")), year(ctx, "born_from"), year(ctx, "born_to"),
                Optional.ofNullable(ctx.queryParam("origin")).flatMap(Ids::parseOptional),
                Optional.ofNullable(ctx.queryParam("confidentiality")).filter(s -> !s.isBlank())
                        .map(Confidentiality::parse));
    }

    private static Optional<Integer> year(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a year like 1968 (got '" + text + "')");
        }
    }
}
