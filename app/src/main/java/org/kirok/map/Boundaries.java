package org.kirok.map;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;

/**
 * The boundaries maps draw: imported from files (audited), read through a cache that reloads when an import
 * changed them. Thread-safe.
 */
public final class Boundaries {
    /** Douglas–Peucker tolerance for imports: about 500 m, finer than a pixel on a national map. */
    public static final double DEFAULT_TOLERANCE = 0.005;

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final BoundaryStore store = new BoundaryStore();
    private volatile Cached cached = new Cached("", List.of());

    private record Cached(String signature, List<Boundary> boundaries) {
    }

    /** What an import did. */
    public record Imported(int added, int replaced) {
    }

    public Boundaries(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    /** Imports every area of a GeoJSON or TopoJSON file in one transaction; a re-import replaces by feature key. */
    public Imported importFile(byte[] bytes, String sourceName, Optional<Boundary.Level> level, double tolerance, Actor actor) {
        List<Boundary> boundaries = BoundaryFile.read(bytes, sourceName, level, tolerance);
        return jdbi.inTransaction(handle -> {
            int added = 0;
            for (Boundary boundary : boundaries) {
                added += store.upsert(handle, boundary, sourceName) ? 1 : 0;
            }
            Imported result = new Imported(added, boundaries.size() - added);
            audit.record(handle, actor, "boundaries.import", Map.of("source", sourceName, "added", result.added(),
                    "replaced", result.replaced()));
            return result;
        });
    }

    /** The imported boundaries, or — until some are imported — the coarse orientation outlines Kirok ships. */
    public List<Boundary> all() {
        String signature = jdbi.withHandle(store::signature);
        Cached current = cached;
        if (!current.signature().equals(signature)) {
            List<Boundary> imported = jdbi.withHandle(store::all);
            current = new Cached(signature, imported.isEmpty() ? OrientationOutlines.get() : imported);
            cached = current;
        }
        return current.boundaries();
    }
}
