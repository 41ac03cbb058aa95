package org.kirok.place.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.place.FacilityDraft;
import org.kirok.place.ImportOutcome;
import org.kirok.place.Place;
import org.kirok.place.PlaceDraft;
import org.kirok.place.PlaceLevel;
import org.kirok.place.PlaceService;
import org.kirok.store.InvalidInputException;

/**
 * Imports one gazetteer file in one transaction. Idempotent: each row has an external id, so importing the same
 * file again changes nothing. All or nothing by default: one rejected row and nothing is saved, unless the caller
 * accepts a partial import. Thread-safe (no state between runs).
 */
public final class GazetteerImport {
    private final Jdbi jdbi;
    private final PlaceService places;

    public GazetteerImport(Jdbi jdbi, PlaceService places) {
        this.jdbi = jdbi;
        this.places = places;
    }

    /** What the caller wants besides the file: format, all-or-nothing, dry run, and a tick per row for progress. */
    public record Options(GazetteerFormat format, boolean skipRejected, boolean dryRun, Runnable onRow) {
    }

    /** Reads the file; a file that is not a gazetteer at all fails here, before anything is written. */
    public Prepared prepare(Path file, GazetteerFormat format) throws IOException {
        SourceTable table = SourceTable.read(file);
        GazetteerFormat resolved = format.resolve(table.header());
        if (resolved == GazetteerFormat.GEONAMES && !table.header().equals(SourceTable.GEONAMES_COLUMNS)) {
            throw new IllegalArgumentException("a GeoNames dump is tab-separated with 19 columns and no header line; "
                    + "this file has the header " + table.header() + " (name its format with --format, or leave it out)");
        }
        List<String> missing = resolved.requiredColumns().stream().filter(c -> !table.header().contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the file lacks the columns " + missing + " of the " + resolved.code()
                    + " format (its header: " + table.header() + ")");
        }
        return new Prepared(table, resolved);
    }

    /** A read file and its format; {@link #rows()} tells the progress bar how far to go. */
    public record Prepared(SourceTable table, GazetteerFormat format) {
        public int rows() {
            return table.rows().size();
        }
    }

    public ImportReport run(Prepared prepared, Actor actor, Options options) {
        RowReader reader = prepared.format().reader(prepared.table());
        try (Handle handle = jdbi.open()) {
            handle.begin();
            Run run = new Run(handle, actor);
            for (SourceRow row : prepared.table().rows()) {
                run.row(reader, row);
                options.onRow().run();
            }
            boolean commit = !options.dryRun() && (run.rejected.isEmpty() || options.skipRejected());
            if (commit) {
                handle.commit();
            } else {
                handle.rollback();
            }
            return new ImportReport(prepared.format(), prepared.rows(), run.accepted, run.updated, run.unchanged,
                    run.rejected, run.notes, commit);
        }
    }

    /** The state of one import run. */
    private final class Run {
        private final Handle handle;
        private final Actor actor;
        private final Map<String, UUID> regions = new HashMap<>();
        private final List<ImportReport.Rejection> rejected = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private int accepted;
        private int updated;
        private int unchanged;

        Run(Handle handle, Actor actor) {
            this.handle = handle;
            this.actor = actor;
        }

        void row(RowReader reader, SourceRow row) {
            handle.execute("SAVEPOINT gazetteer_row");
            try {
                PlaceRecord record = reader.read(row);
                record.notes().forEach(note -> notes.add("row " + row.number() + ": " + note));
                switch (write(record)) {
                    case ACCEPTED -> accepted++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
                handle.execute("RELEASE SAVEPOINT gazetteer_row");
            } catch (RowSkipped skipped) {
                unchanged++;
                notes.add("row " + row.number() + ": skipped, " + skipped.getMessage());
                handle.execute("RELEASE SAVEPOINT gazetteer_row");
            } catch (RowRejected e) {
                reject(row, e.field(), e.getMessage());
            } catch (InvalidInputException e) {
                reject(row, e.field().orElse("row"), e.getMessage());
            }
        }

        private void reject(SourceRow row, String field, String reason) {
            handle.execute("ROLLBACK TO SAVEPOINT gazetteer_row");
            rejected.add(new ImportReport.Rejection(row.number(), field, reason));
        }

        private ImportOutcome write(PlaceRecord record) {
            UUID parent = record.level() == PlaceLevel.COUNTRY ? null : parent(record.parent());
            Optional<Double> latitude = record.latitude();
            Optional<Double> longitude = record.longitude();
            Optional<String> coordNote = record.coordNote();
            if (record.facility().isPresent() && latitude.isEmpty()) {
                Place around = places.view(handle, parent);
                if (around.latitude().isPresent() && around.level() != PlaceLevel.PROVINCE) {
                    latitude = around.latitude();
                    longitude = around.longitude();
                    coordNote = Optional.of("approximate: the centroid of " + around.nameEn()
                            + " (no site coordinates published)" + coordNote.map(n -> "; " + n).orElse(""));
                }
            }
            PlaceDraft draft = new PlaceDraft(record.level(), record.nameEn(), record.nameKo(), record.variants(),
                    Optional.ofNullable(parent), record.countryCode(), latitude, longitude, coordNote,
                    Optional.of(record.externalId()));
            Optional<FacilityDraft> facility = record.facility().map(f -> new FacilityDraft(
                    places.vocabularies().termId("facility_type", f.typeCode()), f.number(), Optional.empty(),
                    f.status(), f.notes()));
            return places.upsert(handle, actor, draft, facility);
        }

        private UUID parent(PlaceRecord.Parent parent) {
            return switch (parent) {
                case PlaceRecord.Parent.Country country -> region(Regions.country(country.code()));
                case PlaceRecord.Parent.InRegion in -> region(in.region());
                case PlaceRecord.Parent.External external -> places.idByExternalId(handle, external.externalId())
                        .orElseThrow(() -> new RowRejected("parent", "unknown parent: " + external.what()
                                + " is neither in this file nor imported before"));
                case PlaceRecord.Parent.Within within -> {
                    UUID outer = parent(within.outer());
                    yield places.findWithin(handle, outer, within.name(), within.levels()).orElse(outer);
                }
            };
        }

        /** A built-in region, created on first use (and its country before it). */
        private UUID region(Regions.Region region) {
            UUID known = regions.get(region.externalId());
            if (known != null) {
                return known;
            }
            Optional<UUID> existing = places.idByExternalId(handle, region.externalId());
            UUID id = existing.orElseGet(() -> {
                Optional<UUID> country = region.level() == PlaceLevel.COUNTRY ? Optional.empty()
                        : Optional.of(region(Regions.country(region.countryCode())));
                places.upsert(handle, actor, new PlaceDraft(region.level(), region.nameEn(), Optional.of(region.nameKo()),
                        region.variants(), country, region.countryCode(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of(region.externalId())), Optional.empty());
                notes.add("created " + region.level().code() + " " + region.nameEn() + " (" + region.externalId() + ")");
                return places.idByExternalId(handle, region.externalId()).orElseThrow();
            });
            regions.put(region.externalId(), id);
            return id;
        }
    }
}
