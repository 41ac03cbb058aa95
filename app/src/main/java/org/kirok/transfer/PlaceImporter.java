package org.kirok.transfer;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.kirok.audit.Actor;
import org.kirok.place.FacilityDraft;
import org.kirok.place.ImportOutcome;
import org.kirok.place.PlaceDraft;
import org.kirok.place.PlaceLevel;
import org.kirok.place.PlaceService;
import org.kirok.store.Codes;
import org.kirok.vocabulary.Vocabularies;

/** Places and facilities from a table in the export's own shape (the gazetteer importer reads published formats). */
final class PlaceImporter implements RowImporter {
    static final List<String> COLUMNS = List.of("external_id", "level", "name_en", "name_ko", "variants", "parent",
            "country", "latitude", "longitude", "facility_type", "facility_number", "operator");

    private final PlaceService places;
    private final Vocabularies vocabularies;
    private final References references;
    private final Actor actor;

    PlaceImporter(PlaceService places, Vocabularies vocabularies, References references, Actor actor) {
        this.places = places;
        this.vocabularies = vocabularies;
        this.references = references;
        this.actor = actor;
    }

    @Override
    public String entity() {
        return "places";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("external_id", "level", "name_en", "country");
    }

    @Override
    public Outcome apply(Handle handle, TabularFile.Line line) {
        PlaceLevel level = Codes.parse(PlaceLevel.class, Cells.required(line, "level"), "level");
        PlaceDraft draft = new PlaceDraft(level, Cells.required(line, "name_en"), Cells.optional(line, "name_ko"),
                Cells.list(line, "variants"), references.place(handle, "parent", line.get("parent")),
                Cells.required(line, "country"), Cells.number(line, "latitude"), Cells.number(line, "longitude"),
                Optional.empty(), Optional.of(Cells.required(line, "external_id")));
        Optional<FacilityDraft> facility = Cells.optional(line, "facility_type").map(type -> new FacilityDraft(
                Cells.field("facility_type", () -> vocabularies.termId("facility_type", type)),
                Cells.optional(line, "facility_number"),
                Cells.optional(line, "operator").map(o -> references.organisation(handle, "operator", o)),
                Optional.empty(), Optional.empty()));
        ImportOutcome outcome = places.upsert(handle, actor, draft, facility);
        return switch (outcome) {
            case ACCEPTED -> Outcome.NEW;
            case UPDATED -> Outcome.UPDATED;
            case UNCHANGED -> Outcome.UNCHANGED;
        };
    }
}
