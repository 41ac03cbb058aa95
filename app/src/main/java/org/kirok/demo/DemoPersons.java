package org.kirok.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.audit.Actor;
import org.kirok.engine.name.KoreanNameRenderer;
import org.kirok.engine.name.Romanizer;
import org.kirok.person.BirthPrecision;
import org.kirok.person.NameOrder;
import org.kirok.person.NameScript;
import org.kirok.person.NameSystem;
import org.kirok.person.PersonDraft;
import org.kirok.person.PersonName;
import org.kirok.person.PersonService;
import org.kirok.store.Confidentiality;

/**
 * Writes person records for fictional individuals the way sources write people: a witness in South Korean Hangul
 * with a passport spelling; someone a witness mentions in North Korean Hangul, or only romanized, with the birth
 * year remembered roughly or not at all.
 */
final class DemoPersons {
    private final PersonService persons;
    private final Handle handle;
    private final Random random;
    private final DemoReference refs;
    private int count;

    DemoPersons(PersonService persons, Handle handle, Random random, DemoReference refs) {
        this.persons = persons;
        this.handle = handle;
        this.random = random;
        this.refs = refs;
    }

    UUID record(Individual individual, boolean interviewee) {
        List<PersonName> names = new ArrayList<>();
        if (interviewee) {
            names.add(name(individual, KoreanNameRenderer.Writing.HANGUL_SOUTH, KoreanNameRenderer.Order.SURNAME_FIRST));
            names.add(name(individual, random.nextBoolean() ? KoreanNameRenderer.Writing.POPULAR
                    : KoreanNameRenderer.Writing.REVISED, KoreanNameRenderer.Order.SURNAME_LAST));
        } else {
            int roll = random.nextInt(10);
            if (roll < 5) {
                names.add(name(individual, KoreanNameRenderer.Writing.HANGUL_NORTH, KoreanNameRenderer.Order.SURNAME_FIRST));
            } else if (roll < 8) {
                names.add(name(individual, KoreanNameRenderer.Writing.HANGUL_SOUTH, KoreanNameRenderer.Order.SURNAME_FIRST));
                names.add(name(individual, KoreanNameRenderer.Writing.MCCUNE_REISCHAUER, KoreanNameRenderer.Order.SURNAME_FIRST));
            } else {
                names.add(name(individual, KoreanNameRenderer.Writing.DPRK, KoreanNameRenderer.Order.SURNAME_FIRST));
            }
        }
        Optional<Integer> birthYear = interviewee || random.nextInt(10) < 7
                ? Optional.of(individual.birthYear() + (interviewee ? 0 : random.nextInt(3) - 1)) : Optional.empty();
        count++;
        return persons.create(handle, Actor.SYSTEM, new PersonDraft(names,
                interviewee || random.nextInt(20) > 0 ? Optional.of(individual.sex()) : Optional.empty(), birthYear,
                birthYear.isEmpty() ? BirthPrecision.UNKNOWN : interviewee ? BirthPrecision.EXACT : BirthPrecision.ABOUT,
                Optional.empty(), Optional.empty(), Optional.empty(),
                interviewee || random.nextInt(5) > 0 ? Optional.of(refs.place(individual.hometownKey())) : Optional.empty(),
                Optional.of(refs.organisation("NGO-HANBIT")),
                random.nextInt(10) == 0 ? Confidentiality.RESTRICTED : Confidentiality.INTERNAL,
                Optional.of("demo-person-" + count)));
    }

    private PersonName name(Individual individual, KoreanNameRenderer.Writing writing, KoreanNameRenderer.Order order) {
        Romanizer.Joining joining = writing == KoreanNameRenderer.Writing.DPRK ? Romanizer.Joining.SPACED
                : Romanizer.Joining.HYPHENATED;
        KoreanNameRenderer.Casing casing = writing == KoreanNameRenderer.Writing.DPRK
                ? KoreanNameRenderer.Casing.SURNAME_CAPITALS : KoreanNameRenderer.Casing.TITLE;
        String text = KoreanNameRenderer.render(individual.surname(), individual.given(),
                new KoreanNameRenderer.Style(writing, order, joining, casing), random);
        boolean hangul = writing == KoreanNameRenderer.Writing.HANGUL_NORTH || writing == KoreanNameRenderer.Writing.HANGUL_SOUTH;
        NameSystem system = switch (writing) {
            case REVISED -> NameSystem.RR;
            case MCCUNE_REISCHAUER, MCCUNE_REISCHAUER_ASCII -> NameSystem.MR;
            case DPRK -> NameSystem.DPRK;
            default -> NameSystem.AS_GIVEN;
        };
        return new PersonName(text, hangul ? NameScript.HANGUL : NameScript.LATIN, system,
                order == KoreanNameRenderer.Order.SURNAME_LAST ? NameOrder.GIVEN_FIRST : NameOrder.FAMILY_FIRST);
    }

    int count() {
        return count;
    }
}
