package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkerTest {
    @Test
    void the_generator_is_seeded_and_keeps_the_truth() {
        var first = KoreanMentions.generate(500, 3);
        var again = KoreanMentions.generate(500, 3);
        assertThat(first).hasSize(500).isEqualTo(again);
        assertThat(KoreanMentions.generate(500, 4)).isNotEqualTo(first);
        assertThat(first.stream().map(KoreanMentions.Mention::person).distinct().count()).isBetween(150L, 350L);
        assertThat(first).anyMatch(m -> org.kirok.engine.name.Hangul.containsSyllable(m.name()))
                .anyMatch(m -> m.name().matches("[A-Za-z ,'’-]+")).anyMatch(m -> m.birthYear().isEmpty());
    }

    @Test
    void links_generated_korean_mentions_well_without_labels() {
        var mentions = KoreanMentions.generate(4_000, 17);
        Records.Builder builder = new Records.Builder(PersonLinkage.COLUMNS);
        mentions.forEach(m -> builder.add(m.id(), 0, m.name(), m.birthYear(), m.sex(), m.place()));
        Records records = builder.build();
        Linkage linkage = Linker.link(records, PersonLinkage.settings(Gazetteer.EMPTY, 0.5), Progress.NONE);
        int[] clusters = new int[records.size()];
        Arrays.setAll(clusters, linkage::clusterIndexOf);
        var quality = PairwiseQuality.measure(clusters, mentions.stream().map(KoreanMentions.Mention::person)
                .toArray(String[]::new), new int[records.size()]);
        assertThat(quality.f1()).isGreaterThan(0.9);
        assertThat(linkage.counts().candidatePairs()).isLessThan(records.possiblePairs() / 50);
        assertThat(linkage.clusterOf(0)).isEqualTo(records.id(linkage.clusterIndexOf(0)));
    }

    @Test
    void training_from_confirmed_matches_replaces_em_for_m() {
        var mentions = KoreanMentions.generate(1_000, 23);
        Records.Builder builder = new Records.Builder(PersonLinkage.COLUMNS);
        mentions.forEach(m -> builder.add(m.id(), 0, m.name(), m.birthYear(), m.sex(), m.place()));
        Records records = builder.build();
        List<int[]> confirmed = new java.util.ArrayList<>();
        for (int i = 1; i < mentions.size(); i++) {
            if (mentions.get(i).person().equals(mentions.get(i - 1).person())) {
                confirmed.add(new int[] {i - 1, i});
            }
        }
        Linkage linkage = Linker.link(records, PersonLinkage.settings(Gazetteer.EMPTY, 0.5), confirmed, Progress.NONE);
        var sex = linkage.model().parameters().get(3);
        assertThat(sex.m(0)).as("confirmed matches never differ in sex").isLessThan(0.05);
    }

    @Test
    void blocking_generates_each_pair_once_and_skips_oversized_blocks() {
        Records.Builder builder = new Records.Builder(List.of("a", "b"));
        for (int i = 0; i < 30; i++) {
            builder.add("r" + i, 0, i < 20 ? "x" : "y" + i, i % 2 == 0 ? "even" : "odd");
        }
        Records records = builder.build();
        Comparison.Prepared[] prepared = {new ExactComparison("a", "a", false).prepare(records)};
        List<BlockingRule> rules = List.of(new BlockingRule("a", List.of(BlockingRule.KeyPart.of("a", KeyTransform.EXACT))),
                new BlockingRule("b", List.of(BlockingRule.KeyPart.of("b", KeyTransform.EXACT))));
        var result = CandidatePairs.generate(records, rules, prepared, 1_000, Progress.NONE);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < result.pairs().size; i++) {
            int a = Math.min(result.pairs().left[i], result.pairs().right[i]);
            int b = Math.max(result.pairs().left[i], result.pairs().right[i]);
            assertThat(seen.add(((long) a << 32) | b)).as("pair %d-%d once", a, b).isTrue();
        }
        // union: 190 pairs among the 20 "x" + 15·14 even/odd pairs not already among them
        long evenOdd = 2L * 15 * 14 / 2;
        long both = 2L * 10 * 9 / 2;
        assertThat(seen).hasSize((int) (190 + evenOdd - both));
        var capped = CandidatePairs.generate(records, rules.subList(0, 1), prepared, 10, Progress.NONE);
        assertThat(capped.pairs().size).isZero();
        assertThat(capped.skippedPairs()).isEqualTo(190);
        assertThat(capped.skippedBlocks()).isEqualTo(1);
    }

    @Test
    void rejects_records_and_settings_that_cannot_work() {
        assertThatThrownBy(() -> new Records.Builder(List.of("a")).add("x", 0, "1").add("x", 0, "2"))
                .hasMessageContaining("'x' appears twice");
        assertThatThrownBy(() -> new Records.Builder(List.of("a")).add(" ", 0, "1")).hasMessageContaining("empty id");
        assertThatThrownBy(() -> new Records.Builder(List.of("a")).add("x", 2, "1")).hasMessageContaining("not 2");
        assertThatThrownBy(() -> PersonLinkage.settings(Gazetteer.EMPTY, 1.5)).hasMessageContaining("1.5");
        assertThatThrownBy(() -> new BlockingRule("r", List.of())).hasMessageContaining("no key parts");
        assertThatThrownBy(() -> new MatchModel(0, List.of())).hasMessageContaining("0.0");
    }

    @Test
    void pairwise_quality_counts_pairs_from_cluster_sizes() {
        var quality = PairwiseQuality.measure(new int[] {0, 0, 0, 1}, new String[] {"a", "a", "b", "b"}, new int[4]);
        assertThat(quality.predictedPairs()).isEqualTo(3);
        assertThat(quality.truePairs()).isEqualTo(2);
        assertThat(quality.truePositives()).isEqualTo(1);
        assertThat(quality.f1()).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-12));
        var linking = PairwiseQuality.measure(new int[] {0, 0, 0}, new String[] {"a", "a", "a"}, new int[] {0, 0, 1});
        assertThat(linking.truePairs()).as("only pairs across the two files").isEqualTo(2);
    }

    /** The shared Febrl data set 3, deduplicated without labels (skips when the data is absent). */
    @Test
    void deduplicates_febrl3_as_well_as_splink() throws IOException {
        String override = System.getenv("KIROK_SHARED_DATA");
        Path file = (override != null && !override.isBlank() ? Path.of(override) : Path.of("../../shared/data"))
                .resolve("linkage/febrl/dataset3.csv");
        assumeTrue(Files.exists(file), "shared data absent (" + file.toAbsolutePath() + "); set KIROK_SHARED_DATA");
        List<String> lines = Files.readAllLines(file);
        List<String> columns = List.of("given_name", "surname", "street_number", "address_1", "address_2", "suburb", "postcode",
                "state", "date_of_birth", "soc_sec_id");
        Records.Builder builder = new Records.Builder(columns);
        String[] truth = new String[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split(",", -1);
            Arrays.setAll(fields, f -> fields[f].strip());
            builder.add(fields[0], 0, Arrays.copyOfRange(fields, 1, 11));
            truth[i - 1] = fields[0].split("-")[1];
        }
        Records records = builder.build();
        var jw = TextComparison.Metric.JARO_WINKLER;
        var edits = TextComparison.Metric.DAMERAU_LEVENSHTEIN;
        List<Comparison> comparisons = List.of(
                new TextComparison("given_name", "given_name", jw, List.of(0.92, 0.8), true),
                new TextComparison("surname", "surname", jw, List.of(0.92, 0.8), true),
                new DateComparison("dob", "date_of_birth", false),
                new TextComparison("soc_sec_id", "soc_sec_id", edits, List.of(1.0, 2.0), false),
                new TextComparison("street_number", "street_number", edits, List.of(1.0), false),
                new TextComparison("address_1", "address_1", jw, List.of(0.9, 0.8), true),
                new TextComparison("suburb", "suburb", jw, List.of(0.9), true),
                new TextComparison("postcode", "postcode", edits, List.of(1.0), true),
                new ExactComparison("state", "state", false));
        List<BlockingRule> rules = List.of(
                rule("surname", "date_of_birth"), rule("given_name", "date_of_birth"), rule("soc_sec_id"),
                rule("postcode", "street_number"), rule("given_name", "surname"));
        Linkage linkage = Linker.link(records, LinkageSettings.of(comparisons, rules, 0.5), Progress.NONE);
        int[] clusters = new int[records.size()];
        Arrays.setAll(clusters, linkage::clusterIndexOf);
        assertThat(PairwiseQuality.measure(clusters, truth, new int[clusters.length]).f1()).isGreaterThanOrEqualTo(0.995);
    }

    private static BlockingRule rule(String... columns) {
        return new BlockingRule(String.join("+", columns),
                Arrays.stream(columns).map(c -> BlockingRule.KeyPart.of(c, KeyTransform.EXACT)).toList());
    }
}
