package org.kirok.dashboard;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;

/**
 * What the dashboard is filtered to: act type, period (years, overlapping as the act lists read them), place (and
 * everything below it), perpetrator organisation (and its units), victim sex and age group — and the date a trend is
 * measured from. Read from and written back to the query string, so every view is a link. Immutable.
 */
public record Facets(Optional<String> actType, Optional<Integer> yearFrom, Optional<Integer> yearTo,
                     Optional<UUID> place, Optional<UUID> perpetrator, Optional<VictimSex> sex,
                     Optional<AgeGroup> age, Optional<LocalDate> since) {

    public Facets {
        if (yearFrom.isPresent() && yearTo.isPresent() && yearFrom.get() > yearTo.get()) {
            throw new InvalidInputException("to", "the period ends (" + yearTo.get() + ") before it starts ("
                    + yearFrom.get() + ")");
        }
        actType.ifPresent(code -> {
            if (!code.matches("[a-z0-9_]{1,64}")) {
                throw new InvalidInputException("act_type", "act_type must be a vocabulary code like torture (got '" + code + "')");
            }
        });
    }

    public static Facets none() {
        return new Facets(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Facets of(Context ctx) {
        return new Facets(text(ctx, "act_type"), year(ctx, "from"), year(ctx, "to"), id(ctx, "place"),
                id(ctx, "perpetrator"), VictimSex.parse(ctx.queryParam("sex"), "sex"),
                AgeGroup.parse(ctx.queryParam("age"), "age"), date(ctx, "since"));
    }

    /** The query string of these facets, with one changed or removed ({@code value} empty). */
    public String queryWith(String name, Optional<String> value) {
        Map<String, String> params = params();
        value.ifPresentOrElse(v -> params.put(name, v), () -> params.remove(name));
        StringBuilder out = new StringBuilder();
        params.forEach((k, v) -> out.append(out.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return out.toString();
    }

    public String query() {
        return queryWith("", Optional.empty());
    }

    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        actType.ifPresent(v -> params.put("act_type", v));
        yearFrom.ifPresent(v -> params.put("from", v.toString()));
        yearTo.ifPresent(v -> params.put("to", v.toString()));
        place.ifPresent(v -> params.put("place", v.toString()));
        perpetrator.ifPresent(v -> params.put("perpetrator", v.toString()));
        sex.ifPresent(v -> params.put("sex", v.code()));
        age.ifPresent(v -> params.put("age", v.code()));
        since.ifPresent(v -> params.put("since", v.toString()));
        return params;
    }

    public Facets withPlace(Optional<UUID> newPlace) {
        return new Facets(actType, yearFrom, yearTo, newPlace, perpetrator, sex, age, since);
    }

    private static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<UUID> id(Context ctx, String name) {
        return text(ctx, name).map(v -> Ids.parseOptional(v).orElseThrow(() ->
                new InvalidInputException(name, name + " must be an id from the lists (got '" + v + "')")));
    }

    private static Optional<Integer> year(Context ctx, String name) {
        return text(ctx, name).map(v -> {
            try {
                int year = Integer.parseInt(v);
                if (year >= 1900 && year <= 2200) {
                    return year;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the message
            }
            throw new InvalidInputException(name, name + " must be a year like 2019 (got '" + v + "')");
        });
    }

    private static Optional<LocalDate> date(Context ctx, String name) {
        return text(ctx, name).map(v -> {
            try {
                LocalDate date = LocalDate.parse(v);
                if (date.isAfter(LocalDate.now())) {
                    throw new InvalidInputException(name, name + " lies in the future (" + v + "): a trend is measured up to today");
                }
                return date;
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(name, name + " must be a date like 2019-11-07 (got '" + v + "')");
            }
        });
    }
}
