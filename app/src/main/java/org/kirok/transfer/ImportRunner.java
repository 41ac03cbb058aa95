package org.kirok.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Jdbi;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;

/**
 * Runs an import in one transaction: each row is written under a savepoint, so a rejected row leaves no trace;
 * at the end everything is committed — or, when rows were rejected and the caller did not ask to keep the rest,
 * nothing is. A crash at any point leaves the database as it was before the import.
 */
final class ImportRunner {
    private final Jdbi jdbi;

    ImportRunner(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** How to run: keep the accepted rows even if some were rejected; check only; report progress per row. */
    record Options(boolean keepAccepted, boolean dryRun, LongConsumer progress) {
        static Options strict() {
            return new Options(false, false, n -> { });
        }
    }

    ImportResult run(TabularFile file, RowImporter importer, Options options) throws TabularFile.Unreadable {
        file.require(importer.requiredColumns());
        file.refuseUnknown(importer.columns());
        int[] counts = new int[3];
        List<ImportResult.Rejection> rejected = new ArrayList<>();
        boolean committed = jdbi.inTransaction(handle -> {
            Map<String, Long> seen = new HashMap<>();
            for (TabularFile.Line line : file.rows()) {
                String externalId;
                try {
                    externalId = line.get(importer.columns().get(0));
                } catch (InvalidInputException e) {
                    rejected.add(new ImportResult.Rejection(line.number(), importer.columns().get(0), e.getMessage()));
                    options.progress().accept(1);
                    continue;
                }
                Long earlier = externalId.isEmpty() ? null : seen.putIfAbsent(externalId, line.number());
                if (earlier != null) {
                    rejected.add(new ImportResult.Rejection(line.number(), importer.columns().get(0),
                            "the same " + importer.columns().get(0) + " '" + externalId + "' is already in row " + earlier));
                    options.progress().accept(1);
                    continue;
                }
                handle.execute("SAVEPOINT import_row");
                try {
                    RowImporter.Outcome outcome = importer.apply(handle, line);
                    counts[outcome.ordinal()]++;
                    handle.execute("RELEASE SAVEPOINT import_row");
                } catch (InvalidInputException e) {
                    handle.execute("ROLLBACK TO SAVEPOINT import_row");
                    rejected.add(new ImportResult.Rejection(line.number(), e.field().orElse("-"), e.getMessage()));
                } catch (NotFoundException e) {
                    handle.execute("ROLLBACK TO SAVEPOINT import_row");
                    rejected.add(new ImportResult.Rejection(line.number(), "-", e.getMessage()));
                }
                options.progress().accept(1);
            }
            boolean keep = !options.dryRun() && (rejected.isEmpty() || options.keepAccepted());
            if (!keep) {
                handle.rollback();
            }
            return keep;
        });
        return new ImportResult(importer.entity(), file.rows().size(), counts[0], counts[1], counts[2], rejected, committed);
    }
}
