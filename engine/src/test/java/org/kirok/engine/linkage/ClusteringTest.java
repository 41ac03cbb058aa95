package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusteringTest {
    /** A fixed model: names, year and place as weighed by a fitted person model, prior 1 in 10,000. */
    static Scorer scorer(Records records) {
        // term frequencies off: in a table of four records every name would count as common
        return scorer(records, false);
    }

    /** The same model, with the given name's term frequencies on or off. */
    static Scorer scorer(Records records, boolean givenTermFrequencies) {
        List<Comparison> comparisons = List.of(
                new NameComparison("surname", "name", NameComparison.Part.SURNAME, false),
                new NameComparison("given_name", "name", NameComparison.Part.GIVEN, givenTermFrequencies),
                new YearComparison("birth_year", "birth_year", List.of(1, 2, 4), false),
                new ExactComparison("sex", "sex", false),
                new PlaceComparison("place", "place", Gazetteer.EMPTY, 15, 60, false));
        Comparison.Prepared[] prepared = comparisons.stream().map(c -> c.prepare(records)).toArray(Comparison.Prepared[]::new);
        MatchModel model = new MatchModel(1e-4, List.of(
                new MatchModel.Parameters("surname", new double[] {0.01, 0.02, 0.97}, new double[] {0.85, 0.07, 0.08}),
                new MatchModel.Parameters("given_name", new double[] {0.02, 0.03, 0.05, 0.9},
                        new double[] {0.96, 0.025, 0.013, 0.002}),
                new MatchModel.Parameters("birth_year", new double[] {0.001, 0.019, 0.08, 0.2, 0.7},
                        new double[] {0.90, 0.03, 0.026, 0.026, 0.013}),
                new MatchModel.Parameters("sex", new double[] {0.001, 0.999}, new double[] {0.5, 0.5}),
                new MatchModel.Parameters("place", new double[] {0.1, 0.01, 0.01, 0.88},
                        new double[] {0.96, 0.005, 0.005, 0.03})));
        return new Scorer(records, comparisons, prepared, model, 1e-6);
    }

    static Records namesakes() {
        return new Records.Builder(PersonLinkage.COLUMNS)
                .add("a", 0, "김영철", "1968", "M", "회령")
                .add("b", 0, "Kim Yong Chol", "", "M", "")
                .add("c", 0, "김영철", "1975", "M", "평양")
                .add("d", 0, "Kim Young-chul", "1975", "M", "Pyongyang")
                .build();
    }

    @Test
    void clustering_refuses_to_chain_namesakes_through_a_vague_mention() {
        Records records = namesakes();
        Scorer scorer = scorer(records);
        // the vague mention b resembles both namesakes; a and c are clearly different men
        assertThat(scorer.probability(0, 2)).isLessThan(0.01);
        int[] left = {0, 1, 2};
        int[] right = {1, 2, 3};
        int[] order = {2, 0, 1}; // c~d strongest, then a~b, then b~c
        int[] clusters = Clusterer.cluster(4, left, right, order, scorer, 0.3, 1, null);
        assertThat(clusters[2]).isEqualTo(clusters[3]);
        assertThat(clusters[0]).as("a is not merged with c").isNotEqualTo(clusters[2]);
        int[] chained = Clusterer.cluster(4, left, right, order, scorer, 0, 1, null);
        assertThat(chained).as("connected components chain them all").containsOnly(chained[0]);
    }

    @Test
    void one_to_one_clustering_gives_each_record_of_a_file_at_most_one_partner() {
        Records records = new Records.Builder(PersonLinkage.COLUMNS)
                .add("a1", 0, "김영철", "1968", "M", "회령")
                .add("a2", 0, "김영철", "1968", "M", "회령")
                .add("b1", 1, "Kim Yong Chol", "1968", "M", "Hoeryong")
                .build();
        Scorer scorer = scorer(records);
        int[] clusters = Clusterer.cluster(3, new int[] {0, 1}, new int[] {2, 2}, new int[] {0, 1}, scorer, 0.5, 1,
                new int[] {0, 0, 1});
        assertThat(clusters[0]).isEqualTo(clusters[2]);
        assertThat(clusters[1]).isNotEqualTo(clusters[2]);
    }

    @Test
    void an_explanation_adds_up_to_the_weight_and_rare_names_weigh_more() {
        Records records = new Records.Builder(PersonLinkage.COLUMNS)
                .add("k1", 0, "김영철", "", "", "").add("k2", 0, "Kim Yong Chol", "", "", "")
                .add("k3", 0, "김영철", "", "", "").add("k4", 0, "김영철", "", "", "")
                .add("t1", 0, "탁명순", "", "", "").add("t2", 0, "Tak Myong Sun", "", "", "")
                .build();
        LinkageSettings settings = PersonLinkage.settings(Gazetteer.EMPTY, 0.5);
        List<Comparison> withFrequencies = settings.comparisons();
        Comparison.Prepared[] prepared = withFrequencies.stream().map(c -> c.prepare(records)).toArray(Comparison.Prepared[]::new);
        Scorer scorer = new Scorer(records, withFrequencies, prepared, scorer(records).model(), 1e-6);
        PairExplanation common = scorer.explain(0, 1);
        PairExplanation rare = scorer.explain(4, 5);
        double sum = common.priorBits() + common.terms().stream().mapToDouble(t -> t.bits() + t.termFrequencyBits()).sum();
        assertThat(common.weight()).isCloseTo(sum, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(rare.weight()).as("탁명순 is rarer than 김영철").isGreaterThan(common.weight() + 1);
        assertThat(common.describe()).contains("surname", "same sound", "term frequency");
        assertThat(common.terms().get(2).level()).isEqualTo("missing");
    }

    /**
     * A mention with a birth year is judged against the members that gave one: members that gave
     * only a name neither add to nor dilute the birth year's evidence, as they would in a mean of
     * whole pair weights.
     */
    @Test
    void the_merge_test_averages_each_field_over_the_pairs_that_have_it() {
        Records records = new Records.Builder(PersonLinkage.COLUMNS)
                .add("full", 0, "김영철", "1968", "M", "회령")
                .add("year", 0, "Kim Yong Chol", "1968", "", "")
                .add("vague1", 0, "김영철", "", "", "")
                .add("vague2", 0, "Kim Young-chul", "", "", "")
                .add("other", 0, "김영철", "1975", "M", "평양")
                .build();
        Scorer scorer = scorer(records);
        int[] cluster = {1, 2, 3};
        double fieldwise = Clusterer.fieldwiseMeanWeight(new int[] {0}, cluster, scorer);
        PairExplanation withYear = scorer.explain(0, 1);
        double names = (withYear.terms().get(0).bits() + withYear.terms().get(1).bits()
                + scorer.explain(0, 2).terms().get(0).bits() + scorer.explain(0, 2).terms().get(1).bits()
                + scorer.explain(0, 3).terms().get(0).bits() + scorer.explain(0, 3).terms().get(1).bits()) / 3;
        assertThat(fieldwise).isCloseTo(scorer.model().priorBits() + names + withYear.terms().get(2).bits(),
                org.assertj.core.api.Assertions.within(1e-9));
        double wholePairs = (scorer.weight(0, 1) + scorer.weight(0, 2) + scorer.weight(0, 3)) / 3;
        assertThat(fieldwise).as("the year counts fully, not a third").isGreaterThan(wholePairs + 3);
        assertThat(Clusterer.fieldwiseMeanWeight(new int[] {4}, cluster, scorer)).as("the namesake born in 1975")
                .isLessThan(Clusterer.fieldwiseMeanWeight(new int[] {0}, cluster, scorer) - 10);
    }
}
