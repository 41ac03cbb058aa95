package org.kirok.urgent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.kirok.store.InvalidInputException;
import org.junit.jupiter.api.Test;

class RiskRulesTest {
    private static final Set<CustodyType> CUSTODY = EnumSet.of(CustodyType.ARREST, CustodyType.TRANSFER,
            CustodyType.DETENTION, CustodyType.HANDOVER);

    /** The rules the migration installs. */
    static final RiskRules DEFAULTS = new RiskRules(List.of(
            rule(10, RiskLevel.REPATRIATED, EnumSet.of(CustodyType.REPATRIATION), null, null),
            rule(20, RiskLevel.REPATRIATED, CUSTODY, "KP", null),
            rule(30, RiskLevel.SAFE, EnumSet.of(CustodyType.ARRIVAL), null, null),
            rule(40, RiskLevel.IMMINENT, CUSTODY, "CN", 250.0),
            rule(50, RiskLevel.ELEVATED, CUSTODY, "CN", null),
            rule(60, RiskLevel.ELEVATED, CUSTODY, null, null),
            rule(70, RiskLevel.ELEVATED, EnumSet.of(CustodyType.UNKNOWN), null, null),
            rule(80, RiskLevel.LOW, EnumSet.of(CustodyType.RELEASE), null, null)));

    static RiskRule rule(int position, RiskLevel level, Set<CustodyType> types, String holder, Double km) {
        return new RiskRule(UUID.randomUUID(), position, "rule " + position, level, types, Optional.ofNullable(holder),
                Optional.empty(), Optional.ofNullable(km), true, 1);
    }

    private static RiskFacts facts(CustodyType type, String holder, String place, Double km) {
        return new RiskFacts(type, Optional.ofNullable(holder), Optional.ofNullable(place), Optional.ofNullable(km));
    }

    @Test
    void the_nine_refugees_route_rises_from_elevated_to_imminent() {
        assertThat(DEFAULTS.evaluate(Optional.of(facts(CustodyType.ARREST, "VN", "VN", 2710.0))).level())
                .isEqualTo(RiskLevel.ELEVATED);
        assertThat(DEFAULTS.evaluate(Optional.of(facts(CustodyType.TRANSFER, "CN", "CN", 2546.0))).level())
                .isEqualTo(RiskLevel.ELEVATED);
        RiskRules.Verdict shenyang = DEFAULTS.evaluate(Optional.of(facts(CustodyType.TRANSFER, "CN", "CN", 195.0)));
        assertThat(shenyang.level()).isEqualTo(RiskLevel.IMMINENT);
        assertThat(shenyang.rule().orElseThrow().position()).isEqualTo(40);
    }

    @Test
    void no_event_is_low_and_repatriation_or_arrival_decide_whatever_the_place() {
        assertThat(DEFAULTS.evaluate(Optional.empty())).isEqualTo(new RiskRules.Verdict(RiskLevel.LOW, Optional.empty()));
        assertThat(DEFAULTS.evaluate(Optional.of(facts(CustodyType.REPATRIATION, null, null, null))).level())
                .isEqualTo(RiskLevel.REPATRIATED);
        assertThat(DEFAULTS.evaluate(Optional.of(facts(CustodyType.ARRIVAL, null, "KR", null))).level())
                .isEqualTo(RiskLevel.SAFE);
        assertThat(DEFAULTS.evaluate(Optional.of(facts(CustodyType.HANDOVER, "KP", "KP", 1.0))).level())
                .isEqualTo(RiskLevel.REPATRIATED);
    }

    @Test
    void a_place_without_coordinates_never_meets_a_border_condition() {
        assertThat(DEFAULTS.evaluate(Optional.of(facts(CustodyType.DETENTION, "CN", "CN", null))).level())
                .isEqualTo(RiskLevel.ELEVATED);
    }

    @Test
    void the_first_matching_rule_wins_whatever_order_they_were_given_in() {
        Random random = new Random(42);
        List<RiskRule> rules = new java.util.ArrayList<>(DEFAULTS.rules());
        for (int round = 0; round < 50; round++) {
            java.util.Collections.shuffle(rules, random);
            RiskRules shuffled = new RiskRules(rules);
            for (CustodyType type : CustodyType.values()) {
                for (String country : new String[] {"CN", "KP", "VN", null}) {
                    double km = random.nextDouble() * 600;
                    Optional<RiskFacts> f = Optional.of(facts(type, country, country, km));
                    assertThat(shuffled.evaluate(f)).isEqualTo(DEFAULTS.evaluate(f));
                    RiskRules.Verdict verdict = DEFAULTS.evaluate(f);
                    verdict.rule().ifPresent(matched -> assertThat(DEFAULTS.rules().stream()
                            .filter(r -> r.position() < matched.position()).noneMatch(r -> r.matches(f.get()))).isTrue());
                }
            }
        }
    }

    @Test
    void an_inactive_rule_is_skipped_and_a_rule_without_conditions_catches_all() {
        RiskRule inactive = new RiskRule(UUID.randomUUID(), 1, "off", RiskLevel.IMMINENT, Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), false, 1);
        RiskRule all = rule(2, RiskLevel.ELEVATED, Set.of(), null, null);
        RiskRules rules = new RiskRules(List.of(all, inactive));
        assertThat(rules.evaluate(Optional.of(facts(CustodyType.RELEASE, null, null, null))).level())
                .isEqualTo(RiskLevel.ELEVATED);
    }

    @Test
    void rejects_a_rule_with_a_bad_country_a_negative_distance_or_no_label() {
        assertThatThrownBy(() -> rule(1, RiskLevel.LOW, Set.of(), "China", null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("'CHINA'");
        assertThatThrownBy(() -> rule(1, RiskLevel.LOW, Set.of(), null, -5.0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("-5.0");
        assertThatThrownBy(() -> new RiskRule(UUID.randomUUID(), 1, " ", RiskLevel.LOW, Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), true, 1)).hasMessageContaining("label");
    }
}
