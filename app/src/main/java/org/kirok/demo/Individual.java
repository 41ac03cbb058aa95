package org.kirok.demo;

import java.util.Random;
import org.kirok.person.Sex;

/**
 * One fictional human being of the demo. Several person records may describe the same individual (each
 * testimony records the people it mentions), written differently each time — which is what linkage resolves.
 */
record Individual(int number, String surname, String given, Sex sex, int birthYear, String hometownKey) {

    static Individual random(int number, Random random, java.util.List<String> hometowns) {
        boolean female = random.nextInt(100) < 62; // most escapees are women
        String surname;
        String given;
        do {
            surname = FictionalNames.surname(random);
            given = FictionalNames.given(random, female);
        } while (FictionalNames.isPublicFigure(surname, given));
        int birthYear = 1940 + random.nextInt(62);
        return new Individual(number, surname, given, female ? Sex.F : Sex.M, birthYear,
                hometowns.get(random.nextInt(hometowns.size())));
    }
}
