package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StringMetricsTest {
    @Test
    void jaro_winkler_gives_the_published_values() {
        // Winkler (1990) / Cohen, Ravikumar & Fienberg (2003) examples
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.961, within(0.001));
        assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.840, within(0.001));
        assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.813, within(0.001));
        assertThat(JaroWinkler.similarity("abc", "abc")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("", "")).isZero();
        assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
    }

    @Test
    void damerau_levenshtein_counts_transpositions_as_one_edit() {
        assertThat(DamerauLevenshtein.distance("kim", "kmi", 3)).isEqualTo(1);
        assertThat(DamerauLevenshtein.distance("kitten", "sitting", 5)).isEqualTo(3);
        assertThat(DamerauLevenshtein.distance("", "abc", 5)).isEqualTo(3);
        assertThat(DamerauLevenshtein.distance("abcdef", "uvwxyz", 2)).as("stops past the bound").isEqualTo(3);
        assertThatThrownBy(() -> DamerauLevenshtein.distance("a", "b", -1)).hasMessageContaining("-1");
    }

    @Test
    void both_metrics_are_symmetric_and_bounded_on_random_strings() {
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            String a = randomWord(random);
            String b = random.nextInt(3) == 0 ? a : randomWord(random);
            double similarity = JaroWinkler.similarity(a, b);
            assertThat(similarity).isBetween(0.0, 1.0).isCloseTo(JaroWinkler.similarity(b, a), within(1e-12));
            int distance = DamerauLevenshtein.distance(a, b, 20);
            assertThat(distance).isEqualTo(DamerauLevenshtein.distance(b, a, 20))
                    .isLessThanOrEqualTo(Math.max(a.length(), b.length()));
            assertThat(distance == 0).isEqualTo(a.equals(b));
        }
    }

    @Test
    void jaccard_and_text_cleaning_ignore_case_accents_order_and_entities() {
        String[] left = Text.tokens(Text.clean("Jos&#233; A. Blakeley, Anand Deshpande"));
        String[] right = Text.tokens(Text.clean("Anand Deshpande, José A. Blakeley"));
        assertThat(Text.jaccard(left, right)).isEqualTo(1.0);
        assertThat(Text.jaccard(Text.tokens("a b"), Text.tokens("b c"))).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(Text.clean("  Hoeryŏng-si ")).isEqualTo("hoeryong si");
        assertThat(Text.overlap(Text.tokens("jim gray speaks out"), Text.tokens("jim gray speaks out on startups")))
                .as("a title contained in a longer one").isEqualTo(1.0);
        assertThat(Text.overlap(new String[0], Text.tokens("a"))).isZero();
    }

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(5)));
        }
        return word.toString();
    }
}
