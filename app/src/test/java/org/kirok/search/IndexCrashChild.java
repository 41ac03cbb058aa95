package org.kirok.search;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.kirok.app.Kirok;
import org.kirok.app.Settings;
import org.kirok.audit.Actor;
import org.kirok.person.BirthPrecision;
import org.kirok.person.PersonDraft;
import org.kirok.person.PersonName;
import org.kirok.store.Confidentiality;
import org.kirok.store.DatabaseUrl;
import org.kirok.store.DurabilityCheck;

/**
 * The process {@link IndexCrashTest} kills: it indexes and commits some persons, indexes more without committing,
 * says READY with the committed sequence number, and waits for its SIGKILL.
 */
public final class IndexCrashChild {
    private IndexCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        DatabaseUrl database = new DatabaseUrl(args[1], Optional.of(args[2]), Optional.empty());
        Settings settings = new Settings(data, Optional.of(database), data.resolve("keys").resolve("vault-keys.json"),
                DurabilityCheck.Policy.WARN_ONLY, false);
        Kirok kirok = Kirok.open(settings);
        SearchService search = kirok.features().search();
        for (int i = 0; i < 30; i++) {
            create(kirok, "Committed" + i + " Zqkim");
        }
        search.catchUp();
        search.commit();
        long committed = search.status().indexed();
        for (int i = 0; i < 20; i++) {
            create(kirok, "Uncommitted" + i + " Zqpak");
        }
        search.catchUp(); // indexed and searchable here, but not committed: the kill loses it from the index
        System.out.println("READY " + committed + " " + search.status().head());
        System.out.flush();
        Thread.sleep(600_000);
    }

    private static void create(Kirok kirok, String name) {
        kirok.features().persons().create(Actor.cli("crash test"), new PersonDraft(List.of(PersonName.asGiven(name)),
                Optional.empty(), Optional.empty(), BirthPrecision.UNKNOWN, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Confidentiality.INTERNAL, Optional.empty()));
    }
}
