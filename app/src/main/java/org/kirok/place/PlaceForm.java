package org.kirok.place;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kirok.web.FormValues;

/** The place form, both ways: posted fields to drafts (the facility part only for facilities), a place to fields. */
final class PlaceForm {
    private final PlaceService places;

    PlaceForm(PlaceService places) {
        this.places = places;
    }

    PlaceDraft draft(FormValues form) {
        PlaceLevel level = PlaceLevel.parse(form.get("level"));
        var parent = form.id("parent_id");
        String country = form.text("country_code").orElseGet(() -> parent.map(places::countryOf).orElse(""));
        return new PlaceDraft(level, form.get("name_en"), form.text("name_ko"),
                Arrays.stream(form.get("name_variants").split("\\R")).toList(), parent, country,
                form.number("latitude"), form.number("longitude"), form.text("coord_note"), form.text("external_id"));
    }

    Optional<FacilityDraft> facility(FormValues form) {
        if (!form.is("level", PlaceLevel.FACILITY.code())) {
            return Optional.empty();
        }
        return Optional.of(new FacilityDraft(form.id("facility_type_id").orElse(null), form.text("number"),
                form.id("operator_id"), form.text("status"), form.text("facility_notes")));
    }

    static FormValues values(Place place, String language) {
        Map<String, Object> values = new HashMap<>();
        values.put("level", place.level().code());
        values.put("name_en", place.nameEn());
        values.put("name_ko", place.nameKo());
        values.put("name_variants", String.join("\n", place.variants()));
        values.put("parent_id", place.parentId());
        values.put("parent_id_label", place.ancestors().stream().findFirst().map(a -> PlaceLabel.of(a.name(language),
                place.ancestors().subList(1, place.ancestors().size()), place.countryCode(), language)));
        values.put("country_code", place.countryCode());
        values.put("latitude", place.latitude());
        values.put("longitude", place.longitude());
        values.put("coord_note", place.coordNote());
        values.put("external_id", place.externalId());
        values.put("version", place.version());
        place.facility().ifPresent(f -> {
            values.put("facility_type_id", f.typeId());
            values.put("number", f.number());
            values.put("operator_id", f.operatorId());
            values.put("operator_id_label", f.operatorName());
            values.put("status", f.status());
            values.put("facility_notes", f.notes());
        });
        return FormValues.from(values);
    }
}
