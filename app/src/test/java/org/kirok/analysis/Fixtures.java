package org.kirok.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.kirok.audit.Actor;
import org.kirok.engine.linkage.KoreanMentions;
import org.kirok.person.BirthPrecision;
import org.kirok.person.PersonDraft;
import org.kirok.person.PersonName;
import org.kirok.person.Sex;
import org.kirok.security.Role;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;
import org.kirok.testing.TestSystem;

/** Users, persons and waiting for background analyses, for the analysis tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static User user(TestSystem system, String username, Role role) {
        UUID id = system.createUser(username, role, "analysis fixture passphrase " + username);
        return system.kirok().jdbi().withHandle(h -> system.kirok().core().users().byId(h, id)).orElseThrow();
    }

    public static UUID person(TestSystem system, List<String> names, Optional<Sex> sex, Optional<Integer> birthYear,
                              Confidentiality confidentiality) {
        return system.kirok().features().persons().create(Actor.SYSTEM, new PersonDraft(
                names.stream().map(PersonName::asGiven).toList(), sex, birthYear,
                birthYear.isPresent() ? BirthPrecision.EXACT : BirthPrecision.UNKNOWN, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), confidentiality, Optional.empty()));
    }

    /** Persons for the generator's fictional mentions (one record each, as sources write them); their truth by id. */
    public static Map<UUID, String> mentions(TestSystem system, int count, long seed) {
        Map<UUID, String> truth = new LinkedHashMap<>();
        var persons = system.kirok().features().persons();
        system.kirok().jdbi().useTransaction(handle -> KoreanMentions.generate(count, seed, mention -> {
            Optional<Integer> year = mention.birthYear().isBlank() ? Optional.empty() : Optional.of(Integer.parseInt(mention.birthYear()));
            UUID id = persons.create(handle, Actor.SYSTEM, new PersonDraft(List.of(PersonName.asGiven(mention.name())),
                    Sex.parse(mention.sex()), year, year.isPresent() ? BirthPrecision.ABOUT : BirthPrecision.UNKNOWN,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Confidentiality.INTERNAL, Optional.empty()));
            truth.put(id, mention.person());
        }));
        return truth;
    }

    /** Waits (at most two minutes) until {@code done} says yes. */
    public static <T> T await(Supplier<T> read, java.util.function.Predicate<T> done) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            T value = read.get();
            if (done.test(value) || Instant.now().isAfter(deadline)) {
                return value;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
        }
    }
}
