package org.kirok.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.search.Query;
import org.kirok.security.AccessPolicy;
import org.kirok.security.Role;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;
import org.junit.jupiter.api.Test;

/**
 * Totals and facet counts count only what the user may read: the index's filter comes from {@code AccessPolicy} and
 * agrees with its record-by-record rule for every role and organisation.
 */
class AccessFacetsTest {
    private static final AccessPolicy POLICY = new AccessPolicy();
    private static final UUID ORG_A = UUID.randomUUID();
    private static final UUID ORG_B = UUID.randomUUID();

    @Test
    void totals_and_facet_counts_equal_the_records_the_policy_lets_each_user_read() {
        Random random = new Random(7_919L);
        List<Optional<UUID>> organisations = List.of(Optional.empty(), Optional.of(ORG_A), Optional.of(ORG_B));
        List<String> types = List.of("torture", "forced_repatriation", "arbitrary_detention");
        List<Access> accesses = new ArrayList<>();
        List<String> actTypes = new ArrayList<>();
        try (TestIndex index = TestIndex.plain()) {
            for (int i = 0; i < 300; i++) {
                Access access = new Access(organisations.get(random.nextInt(3)),
                        Confidentiality.values()[random.nextInt(3)]);
                String type = types.get(random.nextInt(3));
                accesses.add(access);
                actTypes.add(type);
                index.index.update(SearchDocument.builder("act", UUID.randomUUID(), access).title("en", "act")
                        .text("detention report").facet("act_type", type).build(), false);
            }
            index.index.refresh();
            for (Role role : Role.values()) {
                for (Optional<UUID> organisation : organisations) {
                    User user = new User(UUID.randomUUID(), "u", "U", role, organisation, "en", false, false, false, 1);
                    Map<String, Long> expected = new HashMap<>();
                    long total = 0;
                    for (int i = 0; i < accesses.size(); i++) {
                        if (POLICY.canRead(user, accesses.get(i).organisation(), accesses.get(i).confidentiality())) {
                            expected.merge(actTypes.get(i), 1L, Long::sum);
                            total++;
                        }
                    }
                    IndexResult result = index.index.search(TestIndex.query("detention", true, filter(user)));
                    String who = role + " of " + organisation.map(id -> id.equals(ORG_A) ? "A" : "B").orElse("no organisation");
                    assertThat(result.total()).as(who).isEqualTo(total);
                    assertThat(counts(result, "act_type")).as(who).isEqualTo(expected);
                    assertThat(counts(result, "type")).as(who).isEqualTo(total == 0 ? Map.of() : Map.of("act", total));
                }
            }
        }
    }

    @Test
    void a_partner_sees_counts_of_public_records_only() {
        try (TestIndex index = TestIndex.plain()) {
            index.add(act(Confidentiality.PUBLIC, ORG_A, "torture"), act(Confidentiality.INTERNAL, ORG_B, "torture"),
                    act(Confidentiality.RESTRICTED, ORG_B, "forced_repatriation"));
            User partner = new User(UUID.randomUUID(), "p", "P", Role.PARTNER, Optional.of(ORG_B), "en", false, false,
                    false, 1);
            IndexResult result = index.index.search(TestIndex.query("", false, filter(partner)));
            assertThat(result.total()).isEqualTo(1);
            assertThat(counts(result, "act_type")).isEqualTo(Map.of("torture", 1L));
            assertThat(counts(result, "confidentiality")).isEqualTo(Map.of("public", 1L));
        }
    }

    @Test
    void a_victim_qualifies_only_through_records_the_user_may_read() {
        try (TestIndex index = TestIndex.plain()) {
            UUID victim = UUID.randomUUID();
            SearchDocument visible = SearchDocument.builder("act", UUID.randomUUID(), new Access(Optional.of(ORG_A),
                    Confidentiality.INTERNAL)).title("en", "a").facet("act_type", "arbitrary_detention").subject(victim).build();
            SearchDocument restricted = SearchDocument.builder("act", UUID.randomUUID(), new Access(Optional.of(ORG_A),
                    Confidentiality.RESTRICTED)).title("en", "b").facet("act_type", "forced_repatriation").subject(victim).build();
            index.add(visible, restricted);
            User analyst = new User(UUID.randomUUID(), "a", "A", Role.ANALYST, Optional.of(ORG_A), "en", false, false, false, 1);
            User coder = new User(UUID.randomUUID(), "c", "C", Role.CODER, Optional.of(ORG_A), "en", false, false, false, 1);
            assertThat(victimOf(index, analyst, "forced_repatriation")).isEmpty();
            assertThat(victimOf(index, coder, "forced_repatriation")).containsExactlyInAnyOrder(visible.id(), restricted.id());
        }
    }

    private static List<UUID> victimOf(TestIndex index, User user, String actType) {
        IndexQuery query = new IndexQuery(QueryText.EMPTY, false, filter(user), Set.of("act"), Map.of(), Map.of(),
                Optional.empty(), Optional.empty(), Optional.of(FacetPath.of("act_type", actType)), SortOrder.NEWEST,
                0, 10, 0, false);
        return index.index.search(query).hits().stream().map(IndexHit::id).toList();
    }

    private static SearchDocument act(Confidentiality confidentiality, UUID organisation, String type) {
        return SearchDocument.builder("act", UUID.randomUUID(), new Access(Optional.of(organisation), confidentiality))
                .title("en", "act").facet("act_type", type).build();
    }

    private static Query filter(User user) {
        return POLICY.visibleQuery(user, AccessFields.FIELDS);
    }

    private static Map<String, Long> counts(IndexResult result, String dimension) {
        Map<String, Long> counts = new HashMap<>();
        result.facets().stream().filter(facet -> facet.dimension().equals(dimension))
                .forEach(facet -> facet.values().forEach(value -> counts.put(value.value(), value.count())));
        return counts;
    }
}
