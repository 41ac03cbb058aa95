package org.kirok.urgent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.kirok.store.StaleEditException;

/** The SQL of risk rules, overrides and the risk history. */
final class RiskStore {

    List<RiskRule> rules(Handle handle) {
        return handle.createQuery("""
                SELECT id, position, label, level, event_types, holder_country, place_country, max_border_km, active, version
                FROM risk_rule ORDER BY position, label""")
                .map((rs, ctx) -> rule(rs)).list();
    }

    Optional<RiskRule> rule(Handle handle, UUID id) {
        return handle.createQuery("""
                SELECT id, position, label, level, event_types, holder_country, place_country, max_border_km, active, version
                FROM risk_rule WHERE id = :id""").bind("id", id).map((rs, ctx) -> rule(rs)).findOne();
    }

    private static RiskRule rule(ResultSet rs) throws SQLException {
        String[] types = (String[]) rs.getArray("event_types").getArray();
        Set<CustodyType> eventTypes = types.length == 0 ? Set.of()
                : Arrays.stream(types).map(CustodyType::parse).collect(Collectors.toCollection(() -> EnumSet.noneOf(CustodyType.class)));
        double km = rs.getDouble("max_border_km");
        Optional<Double> maxKm = rs.wasNull() ? Optional.empty() : Optional.of(km);
        return new RiskRule(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("label"),
                RiskLevel.parse(rs.getString("level")), eventTypes,
                Optional.ofNullable(rs.getString("holder_country")), Optional.ofNullable(rs.getString("place_country")),
                maxKm, rs.getBoolean("active"), rs.getInt("version"));
    }

    void insertRule(Handle handle, RiskRule rule) {
        handle.createUpdate("""
                INSERT INTO risk_rule (id, position, label, level, event_types, holder_country, place_country, max_border_km, active)
                VALUES (:id, :position, :label, :level, :types, :holder, :place, :km, :active)""")
                .bind("id", rule.id()).bindMap(values(rule)).bindArray("types", String.class, codes(rule)).execute();
    }

    void updateRule(Handle handle, RiskRule rule, int expectedVersion) {
        int updated = handle.createUpdate("""
                UPDATE risk_rule SET position = :position, label = :label, level = :level, event_types = :types,
                       holder_country = :holder, place_country = :place, max_border_km = :km, active = :active,
                       version = version + 1
                WHERE id = :id AND version = :expected""")
                .bind("id", rule.id()).bindMap(values(rule)).bindArray("types", String.class, codes(rule))
                .bind("expected", expectedVersion).execute();
        if (updated != 1) {
            throw new StaleEditException("risk rule", rule.id(), expectedVersion);
        }
    }

    boolean deleteRule(Handle handle, UUID id) {
        return handle.createUpdate("DELETE FROM risk_rule WHERE id = :id").bind("id", id).execute() == 1;
    }

    private static java.util.Map<String, Object> values(RiskRule rule) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("position", rule.position());
        values.put("label", rule.label());
        values.put("level", rule.level().code());
        values.put("holder", rule.holderCountry().orElse(null));
        values.put("place", rule.placeCountry().orElse(null));
        values.put("km", rule.maxBorderKm().orElse(null));
        values.put("active", rule.active());
        return values;
    }

    private static List<String> codes(RiskRule rule) {
        return rule.eventTypes().stream().sorted().map(CustodyType::code).toList();
    }

    // overrides

    List<RiskOverride> activeOverrides(Handle handle, UUID caseId) {
        return handle.createQuery("""
                SELECT o.id, o.person_id, o.level, o.reason, coalesce(u.username, 'system') AS by, o.set_at
                FROM risk_override o LEFT JOIN app_user u ON u.id = o.set_by
                WHERE o.case_id = :case AND o.cleared_at IS NULL ORDER BY o.set_at""")
                .bind("case", caseId)
                .map((rs, ctx) -> new RiskOverride(rs.getObject("id", UUID.class),
                        Optional.ofNullable(rs.getObject("person_id", UUID.class)), RiskLevel.parse(rs.getString("level")),
                        rs.getString("reason"), rs.getString("by"), rs.getTimestamp("set_at").toInstant()))
                .list();
    }

    /** Clears the active override of the case or person; whether there was one. */
    boolean clearOverride(Handle handle, UUID caseId, Optional<UUID> personId) {
        return handle.createUpdate("""
                UPDATE risk_override SET cleared_at = now()
                WHERE case_id = :case AND cleared_at IS NULL AND person_id IS NOT DISTINCT FROM :person""")
                .bind("case", caseId).bind("person", personId.orElse(null)).execute() > 0;
    }

    void insertOverride(Handle handle, UUID caseId, Optional<UUID> personId, RiskLevel level, String reason,
                        Optional<UUID> by) {
        clearOverride(handle, caseId, personId);
        handle.createUpdate("""
                INSERT INTO risk_override (id, case_id, person_id, level, reason, set_by)
                VALUES (:id, :case, :person, :level, :reason, :by)""")
                .bind("id", UUID.randomUUID()).bind("case", caseId).bind("person", personId.orElse(null))
                .bind("level", level.code()).bind("reason", reason).bind("by", by.orElse(null)).execute();
    }

    // history

    void logChange(Handle handle, UUID caseId, Optional<UUID> personId, RiskLevel from, RiskLevel to, String cause,
                   String actor) {
        handle.createUpdate("""
                INSERT INTO risk_change (case_id, person_id, from_level, to_level, cause, actor_label)
                VALUES (:case, :person, :from, :to, :cause, :actor)""")
                .bind("case", caseId).bind("person", personId.orElse(null)).bind("from", from.code())
                .bind("to", to.code()).bind("cause", cause).bind("actor", actor).execute();
    }

    List<RiskChange> history(Handle handle, UUID caseId) {
        return handle.createQuery("""
                SELECT at, person_id, from_level, to_level, cause, actor_label FROM risk_change
                WHERE case_id = :case ORDER BY at DESC, id DESC""")
                .bind("case", caseId)
                .map((rs, ctx) -> new RiskChange(rs.getTimestamp("at").toInstant(),
                        Optional.ofNullable(rs.getObject("person_id", UUID.class)), RiskLevel.parse(rs.getString("from_level")),
                        RiskLevel.parse(rs.getString("to_level")), rs.getString("cause"), rs.getString("actor_label")))
                .list();
    }

    /** The open cases, for a recomputation after the rules changed. */
    List<UUID> openCases(Handle handle) {
        return handle.createQuery("SELECT id FROM urgent_case WHERE status = 'open' ORDER BY created_at")
                .mapTo(UUID.class).list();
    }
}
