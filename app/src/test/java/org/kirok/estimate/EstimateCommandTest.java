package org.kirok.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstimateCommandTest {

    private static final List<String> FIELDS = List.of("method", "lists", "observed", "estimate", "stderr", "ci_low",
            "ci_high", "ci_level", "deviance", "df", "aic", "bic", "model", "warnings");

    @TempDir
    Path folder;

    @Test
    void json_reproduces_rcapture_for_the_hiv_table() {
        Path hiv = SharedMse.file("rcapture_HIV.csv");
        JsonNode mainEffects = CommandRun.estimate(hiv.toString(), "--interactions", "c1:c2", "--json").json();
        assertThat(mainEffects.get("estimate").asDouble()).isCloseTo(12_318.5, within(12.3));
        assertThat(mainEffects.get("stderr").asDouble()).isCloseTo(1_188.7, within(1.2));
        assertThat(mainEffects.get("deviance").asDouble()).isCloseTo(7.614, within(0.005));
        assertThat(mainEffects.get("df").asInt()).isEqualTo(9);
        assertThat(mainEffects.get("ci_low").asDouble()).isCloseTo(10_266, within(10.3));
        assertThat(mainEffects.get("ci_high").asDouble()).isCloseTo(14_992.3, within(15.0));
        assertThat(mainEffects.get("ci_level").asDouble()).isEqualTo(0.95);
        JsonNode allTwoWay = CommandRun.estimate(hiv.toString(), "--interactions", "all2", "--json").json();
        assertThat(allTwoWay.get("estimate").asDouble()).isCloseTo(23_443.5, within(23.4));
        assertThat(allTwoWay.get("df").asInt()).isEqualTo(4);
    }

    @Test
    void json_reproduces_the_darroch_r3_models() {
        Path r3 = SharedMse.file("rcapture_test_DarrochR3.csv");
        assertThat(CommandRun.estimate(r3.toString(), "--interactions", "all2", "--json").json().get("estimate").asDouble())
                .isCloseTo(1_240, within(1.3));
        JsonNode twoInteractions = CommandRun.estimate(r3.toString(), "--interactions", "c1:c2,c2:c3", "--json").json();
        assertThat(twoInteractions.get("estimate").asDouble()).isCloseTo(850, within(0.9));
        assertThat(twoInteractions.get("deviance").asDouble()).isCloseTo(3.8, within(0.05));
    }

    @Test
    void uk_2013_selected_models_land_in_the_published_range() {
        Path uk = SharedMse.file("sparsemse_UKdat.csv");
        for (String criterion : List.of("aic", "bic")) {
            JsonNode result = CommandRun.estimate(uk.toString(), "--select", criterion, "--json").json();
            assertThat(result.get("estimate").asDouble()).as(criterion).isBetween(10_000.0, 13_000.0);
        }
    }

    @Test
    void json_has_exactly_the_documented_fields_with_nulls_where_they_do_not_apply() throws IOException {
        Path file = write("two.csv", "UN,NGO,count", "1,0,80", "0,1,60", "1,1,20");
        CommandRun run = CommandRun.estimate(file.toString(), "--method", "chapman", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyElementsOf(FIELDS);
        assertThat(json.get("method").asText()).isEqualTo("chapman");
        assertThat(json.get("lists").toString()).isEqualTo("[\"UN\",\"NGO\"]");
        assertThat(json.get("observed").asLong()).isEqualTo(160);
        assertThat(json.get("estimate").asDouble()).isCloseTo(101.0 * 81 / 21 - 1, within(1e-9));
        for (String absent : List.of("deviance", "df", "aic", "bic")) {
            assertThat(json.get(absent).isNull()).as(absent).isTrue();
        }
        assertThat(json.get("warnings").isArray()).isTrue();
        assertThat(run.out().strip().lines()).hasSize(1);
    }

    @Test
    void one_row_per_person_gives_the_same_result_as_counts() throws IOException {
        List<String> people = new ArrayList<>(List.of("A,B,C"));
        addPeople(people, "1,0,0", 40);
        addPeople(people, "0,1,0", 30);
        addPeople(people, "0,0,1", 25);
        addPeople(people, "1,1,0", 8);
        addPeople(people, "1,0,1", 5);
        addPeople(people, "0,1,1", 6);
        addPeople(people, "1,1,1", 3);
        Path individual = write("people.csv", people.toArray(String[]::new));
        Path counts = write("counts.csv", "A,B,C,freq", "1,0,0,40", "0,1,0,30", "0,0,1,25", "1,1,0,8", "1,0,1,5",
                "0,1,1,6", "1,1,1,3");
        assertThat(CommandRun.estimate(individual.toString(), "--json").out())
                .isEqualTo(CommandRun.estimate(counts.toString(), "--json").out());
    }

    @Test
    void lcmcr_with_the_same_seed_prints_the_same_result() throws IOException {
        Path file = write("lcmcr.csv", "A,B,C,count", "1,0,0,140", "0,1,0,120", "0,0,1,110", "1,1,0,40", "1,0,1,35",
                "0,1,1,30", "1,1,1,20");
        CommandRun first = CommandRun.estimate(file.toString(), "--method", "lcmcr", "--iterations", "2000", "--seed", "5", "--json");
        CommandRun second = CommandRun.estimate(file.toString(), "--method", "lcmcr", "--iterations", "2000", "--seed", "5", "--json");
        assertThat(first.exitCode()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        JsonNode json = first.json();
        assertThat(json.get("method").asText()).isEqualTo("lcmcr");
        assertThat(json.get("deviance").isNull()).isTrue();
        assertThat(json.get("ci_low").asDouble()).isLessThanOrEqualTo(json.get("estimate").asDouble());
        assertThat(json.get("model").asText()).contains("seed 5");
    }

    @Test
    void a_model_without_estimate_gives_nulls_and_the_reason() throws IOException {
        Path file = write("disjoint.csv", "A,B,count", "1,0,30", "0,1,25");
        CommandRun run = CommandRun.estimate(file.toString(), "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("estimate").isNull()).isTrue();
        assertThat(json.get("ci_low").isNull()).isTrue();
        assertThat(json.get("warnings").get(0).asText()).contains("maximum likelihood estimate").contains("no estimate");
    }

    @Test
    void strata_are_estimated_separately_and_added_up() throws IOException {
        Path file = write("strata.csv", "period,A,B,C,count", "early,1,0,0,120", "early,0,1,0,95", "early,0,0,1,80",
                "early,1,1,0,30", "early,1,0,1,22", "early,0,1,1,18", "early,1,1,1,9", "late,1,0,0,60", "late,0,1,0,70",
                "late,0,0,1,45", "late,1,1,0,25", "late,1,0,1,15", "late,0,1,1,12", "late,1,1,1,7");
        JsonNode json = CommandRun.estimate(file.toString(), "--strata", "period", "--interactions", "none", "--json").json();
        assertThat(json.get("strata")).hasSize(2);
        double sum = json.get("strata").get(0).get("estimate").asDouble() + json.get("strata").get(1).get("estimate").asDouble();
        assertThat(json.get("estimate").asDouble()).isCloseTo(sum, within(1e-6));
        assertThat(json.get("strata").get(1).get("stratum").asText()).isEqualTo("late");
        assertThat(json.get("lists").toString()).isEqualTo("[\"A\",\"B\",\"C\"]");
    }

    @Test
    void readable_output_states_the_estimate_the_interval_and_the_caveats() throws IOException {
        Path file = write("three.csv", "A,B,C,count", "1,0,0,120", "0,1,0,95", "0,0,1,80", "1,1,0,30", "1,0,1,22",
                "0,1,1,18", "1,1,1,9");
        CommandRun run = CommandRun.estimate(file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Estimate", "95% interval", "profile likelihood", "Models compared", "Caveats");
    }

    @Test
    void bad_files_fail_with_line_column_and_reason() throws IOException {
        assertFails(write("notbinary.csv", "a,b,c,count", "1,0,0,10", "0,2,1,5"), "line 3, column 'b': '2' is not 0 or 1");
        assertFails(write("nocount.csv", "a,b,c,total", "1,0,0,10"), "column 'total': '10' is not 0 or 1 (a count column must be named count or freq)");
        assertFails(write("negative.csv", "a,b,count", "1,0,10", "0,1,-5"), "line 3, column 'count': negative count -5");
        assertFails(write("single.csv", "a,count", "1,10"), "found 1 list column (a)");
        assertFails(write("ragged.csv", "a,b,c", "1,0,0", "0,1"), "line 3 has 2 fields but the header has 3");
        assertFails(write("fraction.csv", "a,b,count", "1,0,2.5"), "'2.5' is not a whole number");
        assertFails(write("repeat.csv", "a,b,count", "1,0,10", "1,0,4"), "line 3 repeats the capture pattern 1,0 of line 2");
        assertFails(write("empty.csv"), "the file is empty");
        assertFails(write("header.csv", "a,b,count"), "no data rows");
        assertFails(write("nobody.csv", "a,b", "0,0", "1,0"), "line 2 is all zeros");
        assertFails(write("zeros.csv", "a,b,count", "1,0,0", "0,1,0"), "every count is zero");
        assertFails(folder.resolve("absent.csv"), "no such file");
        List<String> header = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (int list = 0; list < 16; list++) {
            header.add("L" + list);
            row.add(list == 0 ? "1" : "0");
        }
        assertFails(write("sixteen.csv", String.join(",", header), String.join(",", row)), "found 16 list columns");
    }

    @Test
    void invalid_options_exit_with_code_two_and_say_why() throws IOException {
        Path file = write("two.csv", "a,b,count", "1,0,10", "0,1,12", "1,1,3");
        assertInvalid(CommandRun.estimate(file.toString(), "--method", "magic"), "--method must be loglinear, lcmcr or chapman");
        assertInvalid(CommandRun.estimate(file.toString(), "--select", "r2"), "--select must be aic or bic");
        assertInvalid(CommandRun.estimate(file.toString(), "--select", "aic", "--interactions", "a:b"), "give only one");
        assertInvalid(CommandRun.estimate(file.toString(), "--level", "95"), "--level must lie strictly between 0 and 1");
        assertInvalid(CommandRun.estimate(file.toString(), "--interactions", "a:z"), "unknown list 'z'");
        assertInvalid(CommandRun.estimate(file.toString(), "--method", "lcmcr", "--iterations", "30"), "only 15 draws");
        assertInvalid(CommandRun.estimate(file.toString(), "--method", "lcmcr", "--chains", "0"), "chains");
        CommandRun chapman = CommandRun.estimate(write("three.csv", "a,b,c", "1,0,0", "0,1,1").toString(), "--method", "chapman");
        assertThat(chapman.exitCode()).isEqualTo(1);
        assertThat(chapman.err()).contains("exactly two lists");
    }

    @Test
    void options_that_do_not_apply_are_noted_on_stderr_not_stdout() throws IOException {
        Path file = write("two.csv", "a,b,count", "1,0,10", "0,1,12", "1,1,3");
        CommandRun run = CommandRun.estimate(file.toString(), "--method", "chapman", "--seed", "3", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("--seed does not apply to --method chapman");
        assertThat(run.json().get("method").asText()).isEqualTo("chapman");
    }

    private void assertFails(Path file, String message) {
        CommandRun run = CommandRun.estimate(file.toString(), "--json");
        assertThat(run.exitCode()).as(file.getFileName().toString()).isEqualTo(1);
        assertThat(run.err()).contains(message);
        assertThat(run.out()).isEmpty();
    }

    private static void assertInvalid(CommandRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message);
        assertThat(run.out()).isEmpty();
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, List.of(lines));
        return file;
    }

    private static void addPeople(List<String> rows, String pattern, int count) {
        for (int person = 0; person < count; person++) {
            rows.add(pattern);
        }
    }
}
