package org.kirok.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.kirok.app.Kirok;
import org.kirok.app.Settings;
import org.kirok.audit.Actor;
import org.kirok.store.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kirok import boundaries FILE}: administrative areas for the maps from a GeoJSON or TopoJSON file (GADM,
 * geoBoundaries or one's own). Idempotent: a re-import replaces areas by their key. Exit 0 saved, 2 unreadable.
 */
@Command(name = "boundaries", mixinStandardHelpOptions = true,
        description = "Import map boundaries from a GeoJSON or TopoJSON file (WGS 84 longitude/latitude).")
public final class BoundaryImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "A .geojson, .json or .topojson file.")
    Path file;

    @Option(names = "--level", description = "country, province, county or other (default: read from the file).")
    String level;

    @Option(names = "--tolerance", defaultValue = "0.005",
            description = "Simplification tolerance in degrees (default: ${DEFAULT-VALUE}, about 500 m; 0 keeps every point).")
    double tolerance;

    @Option(names = "--data", defaultValue = "./kirok-data",
            description = "Data directory of the embedded database (default: ${DEFAULT-VALUE}); KIROK_DATABASE_URL overrides.")
    Path data;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (!Files.isReadable(file)) {
            err.println("kirok import boundaries: cannot read " + file.toAbsolutePath());
            return 2;
        }
        if (tolerance < 0 || tolerance > 1) {
            err.println("kirok import boundaries: --tolerance must be between 0 and 1 degree, got " + tolerance);
            return 2;
        }
        try (Kirok kirok = Kirok.open(Settings.fromEnvironment(data, false, false))) {
            Optional<Boundary.Level> wanted = Optional.ofNullable(level).map(l -> Boundary.Level.parse(l, "--level"));
            Boundaries.Imported result = new Boundaries(kirok.jdbi(), kirok.core().audit()).importFile(Files.readAllBytes(file),
                    file.getFileName().toString(), wanted, tolerance, Actor.cli("import boundaries"));
            out.println("Imported " + (result.added() + result.replaced()) + " areas from " + file.getFileName() + ": "
                    + result.added() + " new, " + result.replaced() + " replaced.");
            return 0;
        } catch (InvalidInputException e) {
            err.println("kirok import boundaries: " + e.getMessage());
            return 2;
        }
    }
}
