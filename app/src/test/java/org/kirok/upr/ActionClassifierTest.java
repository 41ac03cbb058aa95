package org.kirok.upr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ActionClassifierTest {
    private final ActionClassifier classifier = ActionClassifier.standard();

    @Test
    void codes_the_examples_of_upr_infos_published_rules() {
        assertThat(classifier.classify("Seek technical assistance from OHCHR to build capacity")).isEqualTo(1);
        assertThat(classifier.classify("Share its best practices in poverty alleviation with other countries")).isEqualTo(1);
        assertThat(classifier.classify("Continue its efforts to combat trafficking")).isEqualTo(2);
        assertThat(classifier.classify("Consider ratifying the Optional Protocol to the Convention against Torture"))
                .isEqualTo(3);
        assertThat(classifier.classify("Review the Penal Code")).isEqualTo(3);
        assertThat(classifier.classify("Ensure access to justice for all")).isEqualTo(4);
        assertThat(classifier.classify("Take measures to end child labour")).isEqualTo(4);
        assertThat(classifier.classify("Ratify the Convention against Torture")).isEqualTo(5);
        assertThat(classifier.classify("Abolish the death penalty")).isEqualTo(5);
    }

    @Test
    void privileges_the_second_of_two_leading_verbs() {
        assertThat(classifier.classify("Continue and strengthen its efforts to protect children")).isEqualTo(4);
        assertThat(classifier.classify("Sign and ratify the ICCPR")).isEqualTo(5);
        assertThat(classifier.classify("Continue and consider further measures")).isEqualTo(2);
    }

    @Test
    void a_general_action_illustrated_by_a_specific_one_is_specific() {
        assertThat(classifier.classify("Improve women's rights by amending the family code")).isEqualTo(5);
        assertThat(classifier.classify("Improve women's rights")).isEqualTo(4);
    }

    @Test
    void resolves_verbs_whose_category_depends_on_their_object() {
        assertThat(classifier.classify("Adopt measures to protect journalists")).isEqualTo(4);
        assertThat(classifier.classify("Adopt a law against domestic violence")).isEqualTo(5);
    }

    @Test
    void passes_over_introductions_and_adverbs() {
        assertThat(classifier.classify("Fully implement the Istanbul Convention")).isEqualTo(5);
        assertThat(classifier.classify("In line with its commitments, consider abolishing the death penalty")).isEqualTo(3);
        assertThat(classifier.classify("Recommended that the government establish an ombudsman")).isEqualTo(5);
        assertThat(classifier.classify("To the international community: assist the country")).isEqualTo(1);
    }

    @Test
    void falls_back_to_general_action_when_no_verb_is_recognised() {
        assertThat(classifier.classify("")).isEqualTo(4);
        assertThat(classifier.classify(null)).isEqualTo(4);
        assertThat(classifier.classify("Xyzzy plugh the frobnicator")).isEqualTo(4);
    }

    @Test
    void case_spacing_and_accents_do_not_change_the_category() {
        Random random = new Random(8);
        List<String> texts = List.of("Ratify the ICCPR", "Continue to cooperate with treaty bodies",
                "Consider a moratorium on executions", "Strengthen the judiciary", "Seek assistance from UNICEF");
        for (int i = 0; i < 200; i++) {
            String text = texts.get(random.nextInt(texts.size()));
            String varied = (random.nextBoolean() ? text.toUpperCase() : text.toLowerCase())
                    .replace(" ", " ".repeat(1 + random.nextInt(3))) + (random.nextBoolean() ? "." : "");
            assertThat(classifier.classify(varied)).as(varied).isEqualTo(classifier.classify(text));
        }
    }

    @Test
    void agrees_with_upr_infos_own_coding_of_the_41066_recommendations() throws IOException {
        var file = SharedUpr.file("upr_info_recommendations_sessions01-20.csv");
        int agree = 0;
        int total = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord record : parser) {
                total++;
                if (String.valueOf(classifier.classify(record.get("recommendation"))).equals(record.get("action_category"))) {
                    agree++;
                }
            }
        }
        assertThat(total).isEqualTo(41_066);
        assertThat((double) agree / total).as("agreement (docs/benchmarks.md reports it)").isGreaterThan(0.85);
    }
}
