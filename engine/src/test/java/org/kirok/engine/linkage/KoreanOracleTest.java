package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kirok.engine.name.Surnames;

class KoreanOracleTest {
    @Test
    void the_truth_about_persons_comes_with_the_same_mentions_and_explains_them() {
        List<KoreanMentions.Mention> mentions = new ArrayList<>();
        Map<String, KoreanMentions.Person> persons = new HashMap<>();
        KoreanMentions.generate(3_000, 11, m -> {
            assertThat(persons).as("a person is announced before their mentions").containsKey(m.person());
            mentions.add(m);
        }, p -> persons.put(p.id(), p));
        assertThat(mentions).isEqualTo(KoreanMentions.generate(3_000, 11));
        for (KoreanMentions.Mention m : mentions) {
            KoreanMentions.Person person = persons.get(m.person());
            if (!m.sex().isEmpty()) {
                assertThat(m.sex()).isEqualTo(person.sex());
            }
            if (!m.birthYear().isEmpty()) {
                assertThat(Math.abs(Integer.parseInt(m.birthYear()) - person.birthYear())).isLessThanOrEqualTo(2);
            }
            if (!m.place().isEmpty()) {
                int town = KoreanMentions.townOf(m.place());
                assertThat(town == person.town() || KoreanMentions.neighbours(person.town()).contains(town))
                        .as("%s is %s's hometown or in its province", m.place(), person.id()).isTrue();
            }
        }
    }

    @Test
    void name_shares_are_a_probability_distribution() {
        Set<Character> syllables = KoreanMentions.givenSyllables();
        double oneSyllable = 0;
        double twoSyllables = 0;
        for (char first : syllables) {
            oneSyllable += KoreanMentions.nameShare("김", String.valueOf(first));
            for (char second : syllables) {
                twoSyllables += KoreanMentions.nameShare("김", "" + first + second);
            }
        }
        double kim = oneSyllable + twoSyllables;
        assertThat(kim).as("김's share of bearers").isBetween(0.1, 0.3);
        assertThat(oneSyllable / kim).isCloseTo(0.1, within(1e-9));
        double overSurnames = Surnames.standard().all().stream().mapToDouble(s -> KoreanMentions.nameShare(s.hangul(), "영철"))
                .sum();
        assertThat(overSurnames).isCloseTo(KoreanMentions.nameShare("김", "영철") / kim, within(1e-12));
        assertThat(KoreanMentions.nameShare("김", "쀍")).isZero();
    }

    @Test
    void the_strict_bound_is_above_the_bayes_oracle_which_knows_how_good_it_is() {
        KoreanOracle.Result result = KoreanOracle.measure(3_000, 7, 30, 100);
        assertThat(result.strict().f1()).isGreaterThanOrEqualTo(result.bayes().f1());
        assertThat(result.bayes().f1()).isGreaterThan(0.9);
        assertThat(result.bayes().f1()).as("expected F1 is calibrated").isCloseTo(result.bayesExpectedF1(), within(0.03));
        assertThat(result.strict().truePairs()).isEqualTo(result.bayes().truePairs());
    }
}
