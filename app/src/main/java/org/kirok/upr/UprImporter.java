package org.kirok.upr;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.store.InvalidInputException;
import org.kirok.transfer.ImportResult;
import org.kirok.transfer.TabularFile;

/**
 * Imports recommendations (UPR Info or UHRI exports) and published reference figures, for the CLI and the API
 * alike. One transaction: every row is checked first, then new rows are inserted and changed rows updated in batches;
 * a row whose natural key and content are already stored is unchanged, so a second import adds nothing. When rows
 * are rejected nothing is saved unless the caller keeps the accepted ones. One audit entry records the counts.
 * Thread-safe.
 */
public final class UprImporter {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final RecommendationWriter writer = new RecommendationWriter();

    public UprImporter(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /** How to run: keep accepted rows despite rejections; check only; progress (rows read, then rows written). */
    public record Options(boolean keepAccepted, boolean dryRun, LongConsumer progress) {
        public static Options strict() {
            return new Options(false, false, n -> { });
        }
    }

    public ImportResult importFile(ImportFormat format, String fileName, byte[] bytes, Optional<Charset> encoding,
                                   Actor actor, Options options) throws TabularFile.Unreadable {
        TabularFile file = TabularFile.read(fileName, bytes, encoding);
        if (format == ImportFormat.PUBLISHED) {
            return new PublishedFigures(audit).importFile(jdbi, file, actor, options);
        }
        RecommendationFormat layout = format == ImportFormat.UHRI
                ? new UhriFormat(States.all(), ActionClassifier.standard())
                : new UprInfoFormat(States.all(), ActionClassifier.standard());
        file.require(layout.requiredColumns());
        return jdbi.inTransaction(handle -> run(handle, file, layout, actor, options));
    }

    /** The rows a file holds, for progress bars (read again by the import). */
    public static int rowCount(String fileName, byte[] bytes, Optional<Charset> encoding) throws TabularFile.Unreadable {
        return TabularFile.read(fileName, bytes, encoding).rows().size();
    }

    private ImportResult run(Handle handle, TabularFile file, RecommendationFormat layout, Actor actor, Options options) {
        Issues issues = Issues.load(handle);
        Map<String, RecommendationRow> read = new LinkedHashMap<>();
        Map<String, Long> rowOf = new HashMap<>();
        List<ImportResult.Rejection> rejected = new ArrayList<>();
        for (TabularFile.Line line : file.rows()) {
            try {
                RecommendationRow row = layout.read(line, issues);
                Long earlier = rowOf.putIfAbsent(row.externalId(), line.number());
                if (earlier != null) {
                    throw new InvalidInputException(layout.keyColumn(), "the same " + layout.keyColumn() + " '"
                            + line.get(layout.keyColumn()) + "' is already in row " + earlier);
                }
                read.put(row.externalId(), row);
            } catch (InvalidInputException e) {
                rejected.add(new ImportResult.Rejection(line.number(), e.field().orElse("-"), e.getMessage()));
            }
            options.progress().accept(1);
        }
        Map<String, RecommendationWriter.Stored> stored = writer.stored(handle, read.keySet());
        List<RecommendationRow> fresh = new ArrayList<>();
        List<RecommendationRow> changed = new ArrayList<>();
        int unchanged = 0;
        for (RecommendationRow row : read.values()) {
            RecommendationWriter.Stored existing = stored.get(row.externalId());
            if (existing == null) {
                fresh.add(row);
            } else if (!java.util.Arrays.equals(existing.fingerprint(), row.fingerprint())) {
                changed.add(row);
            } else {
                unchanged++;
            }
        }
        boolean save = !options.dryRun() && (rejected.isEmpty() || options.keepAccepted());
        if (save) {
            issues.saveAdded(handle);
            writer.ensureSessions(handle, read.values());
            writer.saveGroups(handle, read.values());
            writer.insert(handle, fresh, options.progress());
            writer.update(handle, changed, options.progress());
        }
        ImportResult result = new ImportResult("upr recommendations (" + layout.source() + ")", file.rows().size(),
                fresh.size(), changed.size(), unchanged, rejected, save);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("format", layout.source());
        detail.put("rows", result.rows());
        detail.put("new", fresh.size());
        detail.put("updated", changed.size());
        detail.put("unchanged", unchanged);
        detail.put("rejected", rejected.size());
        detail.put("saved", save);
        detail.put("new_issues", issues.added().keySet());
        audit.record(handle, actor, "upr.import", detail);
        return result;
    }
}
