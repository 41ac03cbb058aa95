package org.kirok.urgent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.security.User;
import org.kirok.store.NotFoundException;

/**
 * The administrator's edits of the risk rules: each is audited with the rule's full content before and after,
 * and every open case is reassessed in the same transaction, so a changed threshold shows (and is logged) at once.
 * Thread-safe.
 */
public final class RiskRuleService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final UrgentCaseService cases;
    private final RiskStore store = new RiskStore();

    public RiskRuleService(Jdbi jdbi, AuditLog audit, UrgentCaseService cases) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.cases = cases;
    }

    public List<RiskRule> rules() {
        return jdbi.withHandle(store::rules);
    }

    public RiskRule rule(UUID id) {
        return jdbi.withHandle(handle -> store.rule(handle, id)).orElseThrow(() -> new NotFoundException("risk rule"));
    }

    public UUID create(User user, RiskRule rule) {
        UUID id = UUID.randomUUID();
        RiskRule stored = new RiskRule(id, rule.position(), rule.label(), rule.level(), rule.eventTypes(),
                rule.holderCountry(), rule.placeCountry(), rule.maxBorderKm(), rule.active(), 1);
        jdbi.useTransaction(handle -> {
            store.insertRule(handle, stored);
            audit.record(handle, user.actor(), "urgent.rule_created", "risk_rule", id, Map.of("after", describe(stored)));
            cases.reassessAll(handle, user.actor(), "rule added: " + stored.label());
        });
        return id;
    }

    public void update(User user, UUID id, int expectedVersion, RiskRule rule) {
        jdbi.useTransaction(handle -> {
            RiskRule before = store.rule(handle, id).orElseThrow(() -> new NotFoundException("risk rule"));
            RiskRule after = new RiskRule(id, rule.position(), rule.label(), rule.level(), rule.eventTypes(),
                    rule.holderCountry(), rule.placeCountry(), rule.maxBorderKm(), rule.active(), expectedVersion + 1);
            store.updateRule(handle, after, expectedVersion);
            audit.record(handle, user.actor(), "urgent.rule_updated", "risk_rule", id,
                    Map.of("before", describe(before), "after", describe(after)));
            cases.reassessAll(handle, user.actor(), "rule changed: " + after.label());
        });
    }

    public void delete(User user, UUID id) {
        jdbi.useTransaction(handle -> {
            RiskRule before = store.rule(handle, id).orElseThrow(() -> new NotFoundException("risk rule"));
            store.deleteRule(handle, id);
            audit.record(handle, user.actor(), "urgent.rule_deleted", "risk_rule", id, Map.of("before", describe(before)));
            cases.reassessAll(handle, user.actor(), "rule removed: " + before.label());
        });
    }

    static Map<String, Object> describe(RiskRule rule) {
        Map<String, Object> detail = new HashMap<>();
        detail.put("position", rule.position());
        detail.put("label", rule.label());
        detail.put("level", rule.level().code());
        detail.put("event_types", rule.eventTypes().stream().sorted().map(CustodyType::code).toList());
        detail.put("holder_country", rule.holderCountry().orElse(""));
        detail.put("place_country", rule.placeCountry().orElse(""));
        detail.put("max_border_km", rule.maxBorderKm().map(String::valueOf).orElse(""));
        detail.put("active", rule.active());
        return detail;
    }
}
