package org.kirok.analysis.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kirok.analysis.Fixtures;
import org.kirok.person.Sex;
import org.kirok.security.Role;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;
import org.kirok.store.ConflictException;
import org.kirok.store.NotFoundException;
import org.kirok.testing.TestSystem;
import org.kirok.web.Forbidden;

/** Linkage over the persons of a real database: runs, judgments, entities, un-merging, and what is never written. */
@Tag("store")
class LinkageServiceTest {
    static TestSystem system;
    static LinkageService linkage;
    static User analyst;
    static User advocacy;
    static Map<UUID, String> truth;
    static UUID kim;
    static UUID kimRomanized;
    static UUID kimDprk;
    static UUID namesake;
    static UUID restricted;
    static LinkageRun first;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        linkage = system.kirok().features().analysis().linkage();
        analyst = Fixtures.user(system, "linker", Role.ANALYST);
        advocacy = Fixtures.user(system, "advocate", Role.ADVOCACY_OFFICER);
        truth = Fixtures.mentions(system, 400, 20_240_408);
        kim = Fixtures.person(system, List.of("김영철"), Optional.of(Sex.M), Optional.of(1968), Confidentiality.INTERNAL);
        kimRomanized = Fixtures.person(system, List.of("Kim Yong-chol"), Optional.of(Sex.M), Optional.of(1968), Confidentiality.INTERNAL);
        kimDprk = Fixtures.person(system, List.of("KIM Yong Chol"), Optional.of(Sex.M), Optional.of(1969), Confidentiality.INTERNAL);
        namesake = Fixtures.person(system, List.of("김영철"), Optional.of(Sex.M), Optional.of(1991), Confidentiality.INTERNAL);
        restricted = Fixtures.person(system, List.of("탁명순"), Optional.of(Sex.F), Optional.of(1950), Confidentiality.RESTRICTED);
        first = run(RunSettings.DEFAULTS);
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    static LinkageRun run(RunSettings settings) {
        UUID id = linkage.start(analyst, settings);
        return Fixtures.await(() -> linkage.run(analyst, id), run -> !run.running());
    }

    @Test
    void a_run_finds_the_same_person_across_scripts_and_keeps_a_namesake_apart() {
        assertThat(first.status()).as(first.error().orElse("")).isEqualTo("done");
        Map<UUID, UUID> proposed = system.kirok().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT person_id, cluster_id FROM linkage_cluster WHERE run_id = :run").bind("run", first.id())
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list())
                .stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(proposed.get(kimRomanized)).isEqualTo(proposed.get(kim));
        assertThat(proposed.get(kimDprk)).isEqualTo(proposed.get(kim));
        assertThat(proposed.get(namesake)).isNotEqualTo(proposed.get(kim));
        assertThat(proposed).doesNotContainKey(restricted);
    }

    @Test
    void a_run_looks_only_at_the_records_its_user_may_see() {
        assertThat(first.counts().orElseThrow().persons()).isEqualTo(truth.size() + 4);
        assertThat(linkage.recent(analyst, Optional.empty(), 0, 500)).noneMatch(j -> j.pair().contains(restricted));
    }

    @Test
    void the_entities_of_the_generated_mentions_match_their_truth() {
        Entities entities = system.kirok().jdbi().withHandle(linkage::entities);
        long truePairs = 0;
        long foundPairs = 0;
        long correct = 0;
        List<UUID> ids = List.copyOf(truth.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean same = truth.get(ids.get(i)).equals(truth.get(ids.get(j)));
                boolean linked = entities.entityOf(ids.get(i)).equals(entities.entityOf(ids.get(j)));
                truePairs += same ? 1 : 0;
                foundPairs += linked ? 1 : 0;
                correct += same && linked ? 1 : 0;
            }
        }
        double precision = (double) correct / foundPairs;
        double recall = (double) correct / truePairs;
        double f1 = 2 * precision * recall / (precision + recall);
        assertThat(f1).as("pairwise F1 (precision %.3f, recall %.3f) on %d mentions", precision, recall, ids.size())
                .isGreaterThan(0.85);
    }

    @Test
    void nothing_a_run_saves_holds_a_name() {
        List<String> saved = system.kirok().jdbi().withHandle(handle -> handle.createQuery("""
                SELECT explanation FROM linkage_pair UNION ALL SELECT settings FROM linkage_run
                UNION ALL SELECT coalesce(error, '') FROM linkage_run UNION ALL SELECT detail FROM audit_log""")
                .mapTo(String.class).list());
        assertThat(String.join("\n", saved)).doesNotContain("김영철").doesNotContain("Kim Yong").doesNotContain("탁명순")
                .doesNotContain("KIM");
    }

    @Test
    void a_persons_different_splits_what_the_run_joined_and_is_audited() {
        UUID other = linkage.entity(analyst, kimDprk).others().stream().map(EntityView.Member::id)
                .filter(id -> !id.equals(kimRomanized)).findFirst().orElseThrow();
        Judgment judgment = linkage.judge(analyst, PersonPair.of(kimDprk, other), Decision.DIFFERENT,
                Optional.of("different fathers' names in the two testimonies"), Optional.of(first.id()));
        assertThat(judgment.status()).isEqualTo(JudgmentStatus.ASSERTED);
        assertThat(judgment.reason()).contains("different fathers' names in the two testimonies");
        assertThat(linkage.entity(analyst, kimDprk).others()).extracting(EntityView.Member::id).doesNotContain(other);
        String audited = system.kirok().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT detail FROM audit_log WHERE action = 'linkage.judgment.asserted' AND entity_id = :id")
                .bind("id", judgment.id()).mapTo(String.class).one());
        assertThat(audited).contains("different").contains(kimDprk.toString()).doesNotContain("fathers");
    }

    @Test
    void a_persons_same_joins_records_the_run_left_apart() {
        UUID a = Fixtures.person(system, List.of("리순옥"), Optional.of(Sex.F), Optional.of(1944), Confidentiality.INTERNAL);
        UUID b = Fixtures.person(system, List.of("Choe Hyang-mi"), Optional.of(Sex.F), Optional.of(1980), Confidentiality.INTERNAL);
        linkage.judge(analyst, PersonPair.of(a, b), Decision.SAME, Optional.empty(), Optional.empty());
        assertThat(linkage.entity(analyst, a).others()).extracting(EntityView.Member::id).containsExactly(b);
    }

    @Test
    void unmerging_retracts_the_links_and_a_new_run_leaves_them_withdrawn() {
        UUID a = Fixtures.person(system, List.of("정춘화"), Optional.of(Sex.F), Optional.of(1972), Confidentiality.INTERNAL);
        UUID b = Fixtures.person(system, List.of("Jong Chun-hwa"), Optional.of(Sex.F), Optional.of(1972), Confidentiality.INTERNAL);
        linkage.judge(analyst, PersonPair.of(a, b), Decision.SAME, Optional.empty(), Optional.empty());
        LinkageService.Unmerge done = linkage.unmerge(analyst, a, b, Optional.of("two sisters"));
        assertThat(done.retracted()).isOne();
        assertThat(done.stillJoined()).isFalse();
        assertThat(linkage.entity(analyst, a).others()).isEmpty();
        assertThat(linkage.history(analyst, PersonPair.of(a, b))).extracting(Judgment::status)
                .containsExactly(JudgmentStatus.ASSERTED, JudgmentStatus.RETRACTED);
        run(RunSettings.DEFAULTS);
        assertThat(linkage.entity(analyst, a).others()).as("a person's retraction outlives runs").isEmpty();
        assertThatThrownBy(() -> linkage.unmerge(analyst, a, b, Optional.empty())).isInstanceOf(ConflictException.class);
    }

    @Test
    void only_the_current_judgment_of_a_pair_can_be_retracted() {
        UUID a = Fixtures.person(system, List.of("한미령"), Optional.of(Sex.F), Optional.of(1985), Confidentiality.INTERNAL);
        UUID b = Fixtures.person(system, List.of("Han Mi-ryong"), Optional.of(Sex.F), Optional.of(1985), Confidentiality.INTERNAL);
        Judgment unsure = linkage.judge(analyst, PersonPair.of(a, b), Decision.UNSURE, Optional.empty(), Optional.empty());
        Judgment same = linkage.judge(analyst, PersonPair.of(a, b), Decision.SAME, Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> linkage.retract(analyst, unsure.id(), Optional.empty())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("later judgment");
        Judgment retraction = linkage.retract(analyst, same.id(), Optional.empty());
        assertThat(retraction.retracts()).contains(same.id());
        assertThatThrownBy(() -> linkage.retract(analyst, retraction.id(), Optional.empty()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void the_judgment_log_cannot_be_rewritten_by_the_application() {
        UUID a = Fixtures.person(system, List.of("강성호"), Optional.of(Sex.M), Optional.of(1960), Confidentiality.INTERNAL);
        UUID b = Fixtures.person(system, List.of("Kang Song-ho"), Optional.of(Sex.M), Optional.of(1960), Confidentiality.INTERNAL);
        Judgment judgment = linkage.judge(analyst, PersonPair.of(a, b), Decision.SAME, Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> system.kirok().jdbi().useHandle(handle -> handle.createUpdate(
                "UPDATE linkage_judgment SET decision = 'different' WHERE id = :id").bind("id", judgment.id()).execute()))
                .isInstanceOf(UnableToExecuteStatementException.class).hasMessageContaining("permission denied");
        assertThatThrownBy(() -> system.kirok().jdbi().useHandle(handle -> handle.createUpdate(
                "DELETE FROM linkage_judgment WHERE id = :id").bind("id", judgment.id()).execute()))
                .hasMessageContaining("permission denied");
    }

    @Test
    void records_a_user_may_not_see_answer_not_found() {
        assertThatThrownBy(() -> linkage.judge(analyst, PersonPair.of(kim, restricted), Decision.SAME, Optional.empty(),
                Optional.empty())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> linkage.entity(analyst, restricted)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void linkage_needs_identity_access() {
        assertThatThrownBy(() -> linkage.start(advocacy, RunSettings.DEFAULTS)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> linkage.queue(advocacy, Optional.empty(), 0, 10)).isInstanceOf(Forbidden.class);
    }

    @Test
    void the_review_queue_holds_undecided_pairs_in_the_band_most_uncertain_first() {
        QueuePage queue = linkage.queue(analyst, Optional.of(first.id()), 0, 50);
        assertThat(queue.pairs()).isNotEmpty();
        Set<PersonPair> seen = new HashSet<>();
        double previous = -1;
        for (ReviewPair pair : queue.pairs()) {
            double p = pair.explanation().probability();
            assertThat(p).isBetween(first.settings().reviewLow(), first.settings().reviewHigh());
            double uncertainty = Math.abs(p - first.settings().threshold());
            assertThat(uncertainty).isGreaterThanOrEqualTo(previous - 1e-9);
            previous = uncertainty;
            assertThat(seen.add(pair.pair())).isTrue();
            assertThat(pair.explanation().terms()).extracting(Explanation.Term::comparison)
                    .containsExactly("surname", "given_name", "birth_year", "sex", "place");
        }
        ReviewPair decided = queue.pairs().get(0);
        linkage.judge(analyst, decided.pair(), Decision.UNSURE, Optional.empty(), Optional.of(first.id()));
        assertThat(linkage.queue(analyst, Optional.of(first.id()), 0, 50).pairs()).extracting(ReviewPair::pair)
                .doesNotContain(decided.pair());
    }

    @Test
    void a_second_analysis_waits_for_the_first() {
        UUID running = linkage.start(analyst, RunSettings.DEFAULTS);
        try {
            assertThatThrownBy(() -> linkage.start(analyst, RunSettings.DEFAULTS)).isInstanceOf(ConflictException.class);
        } finally {
            Fixtures.await(() -> linkage.run(analyst, running), run -> !run.running());
        }
    }
}
