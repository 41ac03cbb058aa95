package org.kirok.transfer;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.event.ActService;
import org.kirok.person.PersonService;
import org.kirok.place.PlaceService;
import org.kirok.security.User;
import org.kirok.store.InvalidInputException;
import org.kirok.vault.IdentityVault;
import org.kirok.vocabulary.Vocabularies;

/** Imports of persons, places and acts from CSV or XLSX, for the CLI, the pages and the API alike. */
public final class Transfer {
    /** The kinds of record that can be imported and exported. */
    public enum Entity { PERSONS, PLACES, ACTS;
        public static Entity parse(String text) {
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("entity", "import persons, places or acts (got '" + text + "')");
            }
        }
    }

    private final Jdbi jdbi;
    private final PersonService persons;
    private final ActService acts;
    private final PlaceService places;
    private final Vocabularies vocabularies;
    private final AuditLog audit;
    private final Fingerprints fingerprints;

    public Transfer(Jdbi jdbi, IdentityVault vault, PersonService persons, ActService acts, PlaceService places,
                    Vocabularies vocabularies, AuditLog audit) {
        this.jdbi = jdbi;
        this.persons = persons;
        this.acts = acts;
        this.places = places;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.fingerprints = new Fingerprints(vault);
    }

    /** Imports a file's bytes; the user (if any) limits what acts may point at and is the actor in the audit log. */
    public ImportResult importFile(Entity entity, String fileName, byte[] bytes, Optional<Charset> encoding, Actor actor,
                                   Optional<User> user, boolean keepAccepted, boolean dryRun, LongConsumer progress)
            throws TabularFile.Unreadable {
        TabularFile file = TabularFile.read(fileName, bytes, encoding);
        References references = new References(places);
        RowImporter importer = switch (entity) {
            case PERSONS -> new PersonImporter(persons, references, fingerprints, actor);
            case PLACES -> new PlaceImporter(places, vocabularies, references, actor);
            case ACTS -> new ActImporter(acts, references, fingerprints, actor, user);
        };
        ImportResult result = new ImportRunner(jdbi).run(file, importer, new ImportRunner.Options(keepAccepted, dryRun, progress));
        jdbi.useTransaction(handle -> audit.record(handle, actor, "import", Map.of("entity", importer.entity(),
                "rows", result.rows(), "new", result.accepted(), "updated", result.updated(),
                "unchanged", result.unchanged(), "rejected", result.rejected().size(), "saved", result.committed())));
        return result;
    }

    /** Reads the row count of a file (for progress bars) without importing. */
    public static int rowCount(String fileName, byte[] bytes, Optional<Charset> encoding) throws TabularFile.Unreadable {
        return TabularFile.read(fileName, bytes, encoding).rows().size();
    }
}
