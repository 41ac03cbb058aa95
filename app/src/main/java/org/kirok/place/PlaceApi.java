package org.kirok.place;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.store.Page;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.JsonBody;
import org.kirok.web.Router;

/** {@code /api/v1/places} and {@code /api/v1/facilities} (the places of level facility): list, read, create, update. */
public final class PlaceApi implements Feature {
    private final PlaceService places;
    private final PlaceJson json;

    public PlaceApi(PlaceService places) {
        this.places = places;
        this.json = new PlaceJson(places);
    }

    @Override
    public void routes(Router router) {
        router.get("/api/v1/places", Permission.READ_RECORDS, "List places (q, level, country, under, page, size)",
                ctx -> list(ctx, false));
        router.post("/api/v1/places", Permission.MANAGE_REFERENCE, "Create a place", ctx -> create(ctx, false));
        router.get("/api/v1/places/{id}", Permission.READ_RECORDS, "One place with its ancestors", ctx -> read(ctx, false));
        router.put("/api/v1/places/{id}", Permission.MANAGE_REFERENCE, "Update a place (send its version)",
                ctx -> update(ctx, false));
        router.get("/api/v1/facilities", Permission.READ_RECORDS, "List detention facilities (q, country, under, page)",
                ctx -> list(ctx, true));
        router.post("/api/v1/facilities", Permission.MANAGE_REFERENCE, "Create a detention facility",
                ctx -> create(ctx, true));
        router.get("/api/v1/facilities/{id}", Permission.READ_RECORDS, "One detention facility", ctx -> read(ctx, true));
        router.put("/api/v1/facilities/{id}", Permission.MANAGE_REFERENCE, "Update a detention facility (send its version)",
                ctx -> update(ctx, true));
    }

    private void list(Context ctx, boolean facilities) {
        PlaceFilter filter = PlaceQuery.filter(ctx);
        if (facilities) {
            filter = new PlaceFilter(filter.text(), Optional.of(PlaceLevel.FACILITY), filter.countryCode(), filter.under());
        }
        Page<Place> page = places.list(filter, Page.number(ctx.queryParam("page")), Page.size(ctx.queryParam("size")));
        ctx.json(Map.of("total", page.total(), "page", page.number(), "size", page.size(),
                "items", page.items().stream().map(json::json).toList()));
    }

    private Place find(Context ctx, boolean facility) {
        Place place = places.view(Ids.parse(ctx.pathParam("id"), facility ? "facility" : "place"));
        if (facility && place.level() != PlaceLevel.FACILITY) {
            throw new NotFoundException("facility");
        }
        return place;
    }

    private void read(Context ctx, boolean facility) {
        ctx.json(json.json(find(ctx, facility)));
    }

    private void create(Context ctx, boolean facility) {
        JsonBody body = JsonBody.of(ctx);
        UUID id = places.create(CurrentUser.of(ctx).actor(), json.draft(body, level(facility)), json.facility(body));
        ctx.status(201).header("Location", (facility ? "/api/v1/facilities/" : "/api/v1/places/") + id)
                .json(Map.of("id", id));
    }

    private void update(Context ctx, boolean facility) {
        Place place = find(ctx, facility);
        JsonBody body = JsonBody.of(ctx);
        int version = body.version().orElseThrow(() -> new InvalidInputException("version",
                "send the version you edited (optimistic locking)"));
        places.update(CurrentUser.of(ctx).actor(), place.id(), version, json.draft(body, level(facility)),
                json.facility(body));
        ctx.json(json.json(places.view(place.id())));
    }

    private static Optional<PlaceLevel> level(boolean facility) {
        return facility ? Optional.of(PlaceLevel.FACILITY) : Optional.empty();
    }
}
