package org.kirok.urgent;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule list in force: evaluation is "first match wins" in position order, like a firewall table, so that an
 * administrator reads the list top-down and knows which rule decides. No match, or no event at all, is
 * {@link RiskLevel#LOW}. Immutable, thread-safe.
 */
public record RiskRules(List<RiskRule> rules) {

    public RiskRules {
        rules = rules.stream().sorted(Comparator.comparingInt(RiskRule::position)).toList();
    }

    /** The level and the rule that set it (empty: no rule matched). */
    public record Verdict(RiskLevel level, Optional<RiskRule> rule) {
    }

    public Verdict evaluate(Optional<RiskFacts> latest) {
        if (latest.isEmpty()) {
            return new Verdict(RiskLevel.LOW, Optional.empty());
        }
        return rules.stream().filter(rule -> rule.matches(latest.get())).findFirst()
                .map(rule -> new Verdict(rule.level(), Optional.of(rule)))
                .orElse(new Verdict(RiskLevel.LOW, Optional.empty()));
    }
}
