package org.kirok.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Korean through Nori in MIXED decompounding: compounds are found by their parts, never by a lone syllable. */
class KoreanMorphologyTest {

    @Test
    void suyongso_finds_the_compound_with_its_particle() {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument camp = TestIndex.text("그는 정치범수용소에서 십 년을 보냈다.");
            index.add(camp, TestIndex.text("국경에서 체포되었다."));
            assertThat(index.ids("수용소")).containsExactly(camp.id());
            assertThat(index.ids("정치범수용소")).containsExactly(camp.id());
            assertThat(index.ids("정치범")).containsExactly(camp.id());
        }
    }

    @Test
    void suyongso_does_not_match_the_lone_syllable_so() {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument cow = TestIndex.text("집에서 소를 키우며 살았다.");
            index.add(cow, TestIndex.text("소 한 마리를 팔았다."), TestIndex.text("정치범수용소에서 나왔다."));
            assertThat(index.ids("수용소")).doesNotContain(cow.id()).hasSize(1);
            assertThat(index.ids("소")).as("a cow is not a camp").hasSize(2);
        }
    }

    @Test
    void domain_terms_survive_particles_the_general_dictionary_misreads() {
        try (TestIndex index = TestIndex.plain()) {
            // without the user dictionary Nori reads 정치범수용소로 as 정치/범수/용소
            SearchDocument sent = TestIndex.text("정치범수용소로 보내질까 두려웠다.");
            SearchDocument labour = TestIndex.text("로동단련대에서 일했다.");
            index.add(sent, labour);
            assertThat(index.ids("수용소")).containsExactly(sent.id());
            assertThat(index.ids("정치범")).containsExactly(sent.id());
            assertThat(index.ids("단련대")).containsExactly(labour.id());
        }
    }

    @Test
    void particles_and_endings_in_the_query_do_not_have_to_match() {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument held = TestIndex.text("온성 집결소에 갇혔다.");
            index.add(held);
            assertThat(index.ids("집결소에서")).containsExactly(held.id());
            assertThat(index.ids("집결소는")).containsExactly(held.id());
        }
    }

    @Test
    void a_korean_query_finds_latin_words_inside_korean_text() {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument mss = TestIndex.text("보위부(MSS) 요원들이 조사했다.");
            index.add(mss);
            assertThat(index.ids("MSS")).containsExactly(mss.id());
            assertThat(index.ids("mss 요원")).containsExactly(mss.id());
        }
    }

    @Test
    void every_word_must_match_somewhere() {
        try (TestIndex index = TestIndex.plain()) {
            SearchDocument both = TestIndex.text("정치범수용소에서 강제노동을 했다.");
            SearchDocument one = TestIndex.text("정치범수용소로 이송되었다.");
            index.add(both, one);
            assertThat(index.ids("수용소 강제노동")).containsExactly(both.id());
        }
    }

    /**
     * Seeded property: in random sentences built from nouns with particles, a noun query finds exactly the sentences
     * that contain that noun (as itself or inside a compound), whatever particle follows it.
     */
    @Test
    void a_noun_finds_exactly_the_sentences_that_contain_it_whatever_the_particle() {
        String[] nouns = {"수용소", "교화소", "집결소", "보위부", "국경", "강제노동", "재판", "단련대"};
        String[] particles = {"에서", "에", "으로", "의", "을", "는", "도", ""};
        Random random = new Random(20_241_107L);
        try (TestIndex index = TestIndex.plain()) {
            List<SearchDocument> documents = new ArrayList<>();
            List<List<String>> contents = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                List<String> used = new ArrayList<>();
                StringBuilder sentence = new StringBuilder();
                for (int w = 0; w < 3; w++) {
                    String noun = nouns[random.nextInt(nouns.length)];
                    used.add(noun);
                    sentence.append(noun).append(particles[random.nextInt(particles.length)]).append(' ');
                }
                documents.add(TestIndex.text(sentence.append("있었다.").toString()));
                contents.add(used);
            }
            index.add(documents.toArray(SearchDocument[]::new));
            for (String noun : nouns) {
                List<UUID> expected = new ArrayList<>();
                for (int i = 0; i < documents.size(); i++) {
                    if (contents.get(i).contains(noun)) {
                        expected.add(documents.get(i).id());
                    }
                }
                assertThat(index.index.search(new IndexQuery(QueryText.parse(noun), true,
                        new org.apache.lucene.search.MatchAllDocsQuery(), java.util.Set.of(), java.util.Map.of(),
                        java.util.Map.of(), java.util.Optional.empty(), java.util.Optional.empty(),
                        java.util.Optional.empty(), SortOrder.RELEVANCE, 0, 200, 0, false)).hits())
                        .as(noun).extracting(IndexHit::id).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }
}
