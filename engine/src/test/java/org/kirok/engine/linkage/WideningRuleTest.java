package org.kirok.engine.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WideningRuleTest {
    @Test
    void head_and_tail_split_a_given_name_so_that_a_typo_leaves_one_of_them() {
        assertThat(KeyTransform.GIVEN_HEAD.apply("Pak Hyop-sam", 0)).isEqualTo("hyop");
        assertThat(KeyTransform.GIVEN_TAIL.apply("Pak Hyop-sam", 0)).isEqualTo("sam");
        assertThat(KeyTransform.GIVEN_TAIL.apply("박협삼", 0)).isEqualTo("sam");
        assertThat(KeyTransform.GIVEN_TAIL.apply("Pak Hyosam", 0)).as("mistyped in the first syllable").isEqualTo("sam");
        assertThat(KeyTransform.GIVEN_HEAD.apply("박협샴", 0)).as("mistyped in the last").isEqualTo("hyop");
        assertThat(KeyTransform.GIVEN_HEAD.apply("김철", 0)).as("one syllable: no key").isEmpty();
        assertThat(KeyTransform.GIVEN_TAIL.apply("", 0)).isEmpty();
        assertThat(KeyTransform.GIVEN_CORRECTED.apply("Pak Hyosam", 0)).as("alone, without its table: the given key")
                .isEqualTo("hyosam");
    }

    @Test
    void the_corrected_rule_puts_a_rare_misspelling_in_the_block_of_the_common_name() {
        Records.Builder builder = new Records.Builder(PersonLinkage.COLUMNS);
        for (int i = 0; i < 8; i++) {
            builder.add("p" + i, 0, i % 2 == 0 ? "박협삼" : "Pak Hyopsam", "", "", "");
        }
        builder.add("typo", 0, "Pak Hyosam", "", "", "").add("other", 0, "Kim Hyosam", "", "", "");
        Records records = builder.build();
        BlockingRule rule = PersonLinkage.settings(Gazetteer.EMPTY, 0.5).blockingRules().stream()
                .filter(r -> r.name().equals("surname+corrected")).findFirst().orElseThrow();
        String[] keys = rule.keys(records);
        assertThat(keys[8]).isEqualTo(keys[0]).isEqualTo(keys[1]);
        assertThat(keys[9]).as("another surname: another block").isNotEqualTo(keys[0]);
    }

    /**
     * Widening rules add candidates (a name mistyped in its consonants, which no other block holds)
     * but leave the model as the other rules estimate it: same prior, same m.
     */
    @Test
    void widening_rules_add_candidates_without_moving_the_model() {
        Records.Builder builder = new Records.Builder(PersonLinkage.COLUMNS);
        KoreanMentions.generate(4_000, 7).forEach(m -> builder.add(m.id(), 0, m.name(), m.birthYear(), m.sex(), m.place()));
        builder.add("typo-a", 0, "박협삼", "1984", "M", "회령");
        builder.add("typo-b", 0, "Pak Hyosam", "1984", "M", "Hoeryŏng");
        builder.add("other", 0, "박협철", "1984", "M", "회령");
        Records records = builder.build();
        LinkageSettings wide = PersonLinkage.settings(Gazetteer.EMPTY, 0.5);
        List<BlockingRule> narrowRules = wide.blockingRules().stream().filter(rule -> !rule.widening()).toList();
        assertThat(narrowRules).hasSizeLessThan(wide.blockingRules().size());
        LinkageSettings narrow = LinkageSettings.of(wide.comparisons(), narrowRules, 0.5).withTrainingRules(wide.trainingRules());

        Linkage withWidening = Linker.link(records, wide, Progress.NONE);
        Linkage without = Linker.link(records, narrow, Progress.NONE);
        assertThat(withWidening.counts().candidatePairs()).isGreaterThan(without.counts().candidatePairs());
        assertThat(withWidening.model().prior()).isCloseTo(without.model().prior(), within(without.model().prior() * 1e-9));
        for (int c = 0; c < wide.comparisons().size(); c++) {
            for (int l = 0; l < wide.comparisons().get(c).levels(); l++) {
                assertThat(withWidening.model().parameters().get(c).m(l))
                        .isCloseTo(without.model().parameters().get(c).m(l), within(1e-9));
            }
        }
        int a = records.size() - 3;
        int b = records.size() - 2;
        assertThat(candidates(without)).doesNotContain("typo-a|typo-b");
        assertThat(candidates(withWidening)).contains("typo-a|typo-b")
                .as("sharing a syllable is not enough: 협삼 and 협철 are not one typo apart").doesNotContain("typo-a|other");
        assertThat(withWidening.clusterIndexOf(a)).as("same year, sex and town: linked despite the typo")
                .isEqualTo(withWidening.clusterIndexOf(b));
    }

    @Test
    void settings_need_a_rule_that_is_not_widening() {
        BlockingRule onlyWidening = BlockingRule.widening("w", List.of(BlockingRule.KeyPart.of("name", KeyTransform.GIVEN_HEAD)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LinkageSettings.of(
                        PersonLinkage.settings(Gazetteer.EMPTY, 0.5).comparisons(), List.of(onlyWidening), 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one must not be");
    }

    private static Set<String> candidates(Linkage linkage) {
        Set<String> pairs = new HashSet<>();
        linkage.explainPairs(0, pair -> pairs.add(pair.leftId() + "|" + pair.rightId()));
        return pairs;
    }
}
