package org.kirok.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name typed in any script, romanization, order or spacing finds the person recorded under another: through the
 * keyed hashes of the engine's name keys, never through names in the index.
 */
class NameVariantsTest {

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ri Yong Chol       | 이영철
            이영철             | 리영철
            리영철             | Lee Young-chul
            Yong Chol Ri       | 이영철
            RI Yong Chol       | Lee Young-chul
            Yi Yŏng-ch'ŏl      | 리영철
            Rim Chol Su        | 임철수
            임철수             | 림철수
            Ryu Kyong Hui      | 유경희
            Yoo Kyung-hee      | 류경희
            Park Myung-soo     | 박명수
            Pak Myong Su       | 박명수
            Bak Myeong-su      | Park Myung-soo
            Choe Ryong Hae     | 최룡해
            Choi Yong-hae      | 최룡해
            Ro Myong Chol      | 노명철
            Roh Myung-chul     | 로명철
            Ryang Sun          | 양순
            Yang Soon          | 량순
            Kim Jong Nam       | 김정남
            Kim Jong-nam       | KIM Jong Nam
            Jong Nam Kim       | 김정남
            SHIN Dong Hyok     | 신동혁
            Sin Tong-hyŏk      | Shin Dong-hyuk
            Donghyuk Shin      | 신동혁
            Jung Sung-ho       | 정성호
            Chung Song Ho      | Jeong Seong-ho
            Namgung Min-su     | 남궁민수
            """)
    void a_name_finds_the_person_recorded_under_another_rendering(String typed, String recorded) {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument person = TestIndex.person(recorded);
            index.add(person, TestIndex.person("박정희"), TestIndex.person("Kim Young-chul"));
            assertThat(index.ids(typed)).as(typed + " → " + recorded).contains(person.id());
        }
    }

    @ParameterizedTest(name = "{0} does not find {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Kim Young-chul     | 이영철
            이영수             | 이영철
            박영철             | 이영철
            Pak Myong Chol     | 박명수
            """)
    void a_different_name_does_not_find_the_person(String typed, String recorded) {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument person = TestIndex.person(recorded);
            index.add(person);
            assertThat(index.ids(typed)).doesNotContain(person.id());
        }
    }

    @Test
    void the_exact_spelling_ranks_first_then_other_renderings_of_the_same_name() {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument korean = TestIndex.person("이영철");
            SearchDocument south = TestIndex.person("Lee Young-chul");
            SearchDocument exact = TestIndex.person("Ri Yong Chol");
            SearchDocument typo = TestIndex.person("Ri Yong Cheol"); // a vowel spelling: only a loose key in common
            index.add(korean, south, typo, exact);
            List<UUID> found = index.ids("Ri Yong Chol");
            assertThat(found.get(0)).isEqualTo(exact.id());
            assertThat(found.subList(1, 3)).containsExactlyInAnyOrder(korean.id(), south.id());
        }
    }

    @Test
    void names_match_only_for_users_with_identity_access() {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument person = TestIndex.person("이영철");
            index.add(person);
            IndexResult withoutIdentity = index.index.search(TestIndex.query("Ri Yong Chol", false, new MatchAllDocsQuery()));
            assertThat(withoutIdentity.total()).isZero();
            assertThat(index.ids("Ri Yong Chol")).containsExactly(person.id());
        }
    }

    @Test
    void a_record_about_a_person_is_found_by_that_persons_name() {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument victim = TestIndex.person("리영철");
            SearchDocument act = TestIndex.document("act").relatedPerson(victim.id()).text("Torture").build();
            index.add(victim, act, TestIndex.document("act").text("Torture").build());
            assertThat(index.ids("Lee Young-chul")).containsExactly(victim.id(), act.id());
            assertThat(index.ids("Lee Young-chul torture")).containsExactly(act.id());
        }
    }

    @Test
    void a_name_next_to_a_word_in_another_script_does_not_swallow_that_word() {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument victim = TestIndex.person("이영철");
            SearchDocument repatriation = TestIndex.document("act").relatedPerson(victim.id()).text("Forced repatriation")
                    .build();
            index.add(victim, repatriation, TestIndex.document("act").relatedPerson(victim.id()).text("Torture").build());
            assertThat(index.ids("이영철 repatriation")).containsExactly(repatriation.id());
            assertThat(QueryPlanner.oneScript(List.of("Ri", "Yong-ch'ŏl"))).isTrue();
            assertThat(QueryPlanner.oneScript(List.of("리", "영철"))).isTrue();
            assertThat(QueryPlanner.oneScript(List.of("이영철", "repatriation"))).isFalse();
            assertThat(QueryPlanner.oneScript(List.of("회령", "2019"))).isFalse();
            assertThat(QueryPlanner.oneScript(List.of("Hoeryong", "2019"))).isFalse();
        }
    }

    @Test
    void the_index_holds_hashes_of_names_not_names() {
        NameHashes hashes = NameHashes.of(List.of("이영철", "Ri Yong Chol"), TestIndex.BLINDER);
        assertThat(hashes.exact()).hasSize(2);
        assertThat(hashes.canonical()).hasSize(1); // one person, one canonical key
        hashes.exact().forEach(hash -> assertThat(hash).matches("[0-9a-f]{32}"));
        assertThat(String.join("", hashes.exact()) + String.join("", hashes.canonical()) + String.join("", hashes.loose()))
                .doesNotContain("yong").doesNotContain("영철");
    }
}
