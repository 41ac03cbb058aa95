package org.kirok.analysis.linkage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kirok.analysis.JobProgress;
import org.kirok.analysis.Places;
import org.kirok.engine.linkage.PersonLinkage;
import org.kirok.engine.linkage.Records;
import org.kirok.engine.name.NameKeys;
import org.kirok.person.BirthPrecision;
import org.kirok.person.NameScript;
import org.kirok.person.PersonFilter;
import org.kirok.person.PersonName;
import org.kirok.person.PersonService;
import org.kirok.person.PersonView;
import org.kirok.person.Sex;
import org.kirok.security.User;

/**
 * The persons a user may see, as linkage mentions in memory: names decrypted through {@link PersonService} (each
 * page of identities read is audited there) and never written anywhere. A person whose renderings all share one
 * normalized key (김영철, Kim Yong-chol, KIM Yong Chol) is one mention, written in Hangul when a source gave it in
 * Hangul since Hangul keeps distinctions romanizations lose; a person with names of different keys (an alias, a
 * misheard given name) gives one mention per key, and the records of one person are joined again afterwards.
 * A birth year known only to the decade is left out: "1960" for "the 1960s" would count against a true 1964.
 */
final class PersonMentions {
    static final int PAGE = 5_000;

    /** The mentions and, for each of their indexes, the person it came from. */
    record Loaded(Records records, List<UUID> personOfRecord, int persons, int skipped) {
    }

    private PersonMentions() {
    }

    static Loaded load(PersonService persons, User user, Places places, JobProgress progress) {
        Records.Builder builder = new Records.Builder(PersonLinkage.COLUMNS);
        List<UUID> personOfRecord = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        int skipped = 0;
        int page = 1;
        progress.stage("reading persons", 0);
        while (true) {
            var batch = persons.list(user, PersonFilter.none(), page, PAGE);
            progress.progress((long) Math.min(batch.total(), (long) page * PAGE), batch.total());
            for (PersonView person : batch.items()) {
                if (!seen.add(person.id())) {
                    continue; // a person created during the read shifted the pages; it is read once
                }
                List<String> names = renderings(person);
                if (names.isEmpty()) {
                    skipped++;
                    continue;
                }
                String year = person.birthYear().filter(y -> person.birthPrecision() != BirthPrecision.DECADE)
                        .map(String::valueOf).orElse("");
                String sex = person.sex().map(Sex::code).orElse("");
                String place = person.originPlaceId().map(places::linkageValue).orElse("");
                for (int i = 0; i < names.size(); i++) {
                    builder.add(person.id() + (i == 0 ? "" : "#" + i), 0, names.get(i), year, sex, place);
                    personOfRecord.add(person.id());
                }
            }
            if (!batch.hasNext()) {
                break;
            }
            page++;
        }
        return new Loaded(builder.build(), List.copyOf(personOfRecord), seen.size() - skipped, skipped);
    }

    /** One rendering per distinct normalized key, Hangul first within a key; none when names are hidden or erased. */
    static List<String> renderings(PersonView person) {
        if (person.erased() || person.names().isEmpty()) {
            return List.of();
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (PersonName name : person.names().get()) {
            String key = NameKeys.canonical(name.text());
            String known = byKey.get(key);
            if (known == null || (name.script() == NameScript.HANGUL && !hangul(known))) {
                byKey.put(key, name.text());
            }
        }
        return List.copyOf(byKey.values());
    }

    private static boolean hangul(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }
}
