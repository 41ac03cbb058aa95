package org.kirok.urgent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;

/**
 * Recomputes the risk of a case and of each person in it after anything that can change it (an event, a person
 * added or removed, an override, an edited rule), and logs every change — in the risk history shown on the case
 * and in the audit log — inside the caller's transaction. A person's level: their own override, else the case's
 * override, else the first matching rule for the latest event that concerns them. The case's level is the most
 * severe of its persons' (of its own override or latest event when it has no persons yet).
 */
final class RiskAssessor {
    private final CaseStore cases;
    private final RiskStore risks;
    private final AuditLog audit;
    private final BorderLine border;

    RiskAssessor(CaseStore cases, RiskStore risks, AuditLog audit, BorderLine border) {
        this.cases = cases;
        this.risks = risks;
        this.audit = audit;
        this.border = border;
    }

    /** The current assessment, computed without writing: levels per person, the case level, and why. */
    record Assessment(Map<UUID, RiskRules.Verdict> computedByPerson, Map<UUID, RiskLevel> effectiveByPerson,
                      RiskRules.Verdict computedForCase, RiskLevel effectiveForCase) {
    }

    Assessment assess(Handle handle, UUID caseId) {
        RiskRules rules = new RiskRules(risks.rules(handle));
        List<CustodyEvent> events = cases.events(handle, caseId).stream().map(CaseStore.EventRow::event).toList();
        Map<Optional<UUID>, RiskLevel> overrides = new HashMap<>();
        risks.activeOverrides(handle, caseId).forEach(o -> overrides.put(o.personId(), o.level()));
        Optional<RiskLevel> caseOverride = Optional.ofNullable(overrides.get(Optional.<UUID>empty()));
        Map<UUID, RiskRules.Verdict> computed = new HashMap<>();
        Map<UUID, RiskLevel> effective = new java.util.LinkedHashMap<>();
        RiskLevel worst = null;
        for (UUID person : cases.persons(handle, caseId).keySet()) {
            Optional<CustodyEvent> latest = events.reversed().stream().filter(e -> e.concerns(person)).findFirst();
            RiskRules.Verdict verdict = rules.evaluate(latest.map(this::facts));
            computed.put(person, verdict);
            RiskLevel level = Optional.ofNullable(overrides.get(Optional.of(person))).or(() -> caseOverride)
                    .orElse(verdict.level());
            effective.put(person, level);
            worst = worst == null ? level : worst.max(level);
        }
        RiskRules.Verdict forCase = rules.evaluate(events.isEmpty() ? Optional.empty()
                : Optional.of(facts(events.getLast())));
        RiskLevel caseLevel = worst != null ? worst : caseOverride.orElse(forCase.level());
        return new Assessment(computed, effective, forCase, caseLevel);
    }

    /** What the rules see of an event. */
    RiskFacts facts(CustodyEvent event) {
        Optional<String> placeCountry = event.place().map(CustodyEvent.EventPlace::countryCode).map(String::strip);
        Optional<String> holderCountry = event.holder().flatMap(CustodyEvent.Holder::countryCode).or(() -> placeCountry);
        Optional<Double> borderKm = event.place().filter(CustodyEvent.EventPlace::located)
                .map(p -> border.distanceKm(p.lat().orElseThrow(), p.lon().orElseThrow()));
        return new RiskFacts(event.type(), holderCountry, placeCountry, borderKm);
    }

    /** Recomputes, stores and logs what changed; {@code cause} says why in words without protected values. */
    RiskLevel update(Handle handle, Actor actor, UUID caseId, String cause) {
        Assessment assessment = assess(handle, caseId);
        Map<UUID, RiskLevel> stored = cases.persons(handle, caseId);
        assessment.effectiveByPerson().forEach((person, level) -> {
            RiskLevel before = stored.get(person);
            if (before != level) {
                cases.setPersonRisk(handle, caseId, person, level);
                record(handle, actor, caseId, Optional.of(person), before, level, cause);
            }
        });
        RiskLevel before = cases.find(handle, caseId, "TRUE").orElseThrow().risk();
        if (before != assessment.effectiveForCase()) {
            cases.setCaseRisk(handle, caseId, assessment.effectiveForCase());
            record(handle, actor, caseId, Optional.empty(), before, assessment.effectiveForCase(), cause);
        }
        return assessment.effectiveForCase();
    }

    private void record(Handle handle, Actor actor, UUID caseId, Optional<UUID> person, RiskLevel from, RiskLevel to,
                        String cause) {
        risks.logChange(handle, caseId, person, from, to, cause, actor.label());
        Map<String, Object> detail = new HashMap<>();
        detail.put("from", from.code());
        detail.put("to", to.code());
        detail.put("cause", cause);
        person.ifPresent(p -> detail.put("person", p.toString()));
        audit.record(handle, actor, "urgent.risk_changed", "urgent_case", caseId, detail);
    }
}
