package org.kirok.place;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.vocabulary.Vocabularies;
import org.kirok.web.JsonBody;

/** The API's JSON shape of places and facilities, both ways. */
final class PlaceJson {
    private final PlaceService places;

    PlaceJson(PlaceService places) {
        this.places = places;
    }

    /** A place draft; the country is inherited from the parent when not given. */
    PlaceDraft draft(JsonBody body, Optional<PlaceLevel> forcedLevel) {
        PlaceLevel level = forcedLevel.orElseGet(() -> PlaceLevel.parse(body.requiredText("level")));
        Optional<UUID> parent = body.id("parent_id");
        String country = body.text("country_code").orElseGet(() -> parent.map(places::countryOf).orElse(""));
        return new PlaceDraft(level, body.text("name_en").orElse(""), body.text("name_ko"), body.texts("name_variants"),
                parent, country, body.number("latitude"), body.number("longitude"), body.text("coord_note"),
                body.text("external_id"));
    }

    Optional<FacilityDraft> facility(JsonBody body) {
        return body.object("facility").map(f -> new FacilityDraft(type(f, places.vocabularies()), f.text("number"),
                f.id("operator_id"), f.text("status"), f.text("notes")));
    }

    private static UUID type(JsonBody facility, Vocabularies vocabularies) {
        Optional<UUID> id = facility.id("type_id");
        if (id.isPresent()) {
            return id.get();
        }
        return vocabularies.termId(PlaceService.FACILITY_TYPES, facility.requiredText("type"));
    }

    Map<String, Object> json(Place place) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", place.id());
        json.put("level", place.level().code());
        json.put("name_en", place.nameEn());
        json.put("name_ko", place.nameKo().orElse(null));
        json.put("name_variants", place.variants());
        json.put("label", place.label("en"));
        json.put("parent_id", place.parentId().orElse(null));
        json.put("country_code", place.countryCode());
        json.put("latitude", place.latitude().orElse(null));
        json.put("longitude", place.longitude().orElse(null));
        json.put("coord_note", place.coordNote().orElse(null));
        json.put("external_id", place.externalId().orElse(null));
        json.put("version", place.version());
        json.put("ancestors", place.ancestors().stream().map(PlaceJson::ref).toList());
        json.put("facility", place.facility().map(this::facility).orElse(null));
        return json;
    }

    private Map<String, Object> facility(Facility facility) {
        Map<String, Object> json = new LinkedHashMap<>();
        var term = places.vocabularies().term(facility.typeId());
        json.put("type", term.map(t -> t.code()).orElse(null));
        json.put("type_id", facility.typeId());
        json.put("type_label", term.map(t -> t.labelEn()).orElse(null));
        json.put("number", facility.number().orElse(null));
        json.put("operator_id", facility.operatorId().orElse(null));
        json.put("operator", facility.operatorName().orElse(null));
        json.put("status", facility.status().orElse(null));
        json.put("notes", facility.notes().orElse(null));
        return json;
    }

    static Map<String, Object> ref(PlaceRef ref) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", ref.id());
        json.put("level", ref.level().code());
        json.put("name_en", ref.nameEn());
        json.put("name_ko", ref.nameKo().orElse(null));
        return json;
    }

    static List<Map<String, Object>> lookup(List<Place> found, String language) {
        return found.stream().map(p -> Map.<String, Object>of("id", p.id(), "label", p.label(language))).toList();
    }
}
