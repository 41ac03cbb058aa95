package org.kirok.urgent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.store.StaleEditException;

/** The SQL of interventions and their co-signers. */
final class InterventionStore {
    private static final String SELECT = """
            SELECT id, case_id, kind, subject, recipients, channel, sent_on, response_due, response, response_on, version
            FROM intervention""";

    void insert(Handle handle, Intervention i, Optional<UUID> by) {
        handle.createUpdate("""
                INSERT INTO intervention (id, case_id, kind, subject, recipients, channel, sent_on, response_due,
                       response, response_on, created_by)
                VALUES (:id, :case, :kind, :subject, :recipients, :channel, :sent, :due, :response, :responseOn, :by)""")
                .bindMap(values(i)).bind("by", by.orElse(null)).execute();
        cosigners(handle, i);
    }

    void update(Handle handle, Intervention i, int expectedVersion) {
        int updated = handle.createUpdate("""
                UPDATE intervention SET kind = :kind, subject = :subject, recipients = :recipients, channel = :channel,
                       sent_on = :sent, response_due = :due, response = :response, response_on = :responseOn,
                       version = version + 1
                WHERE id = :id AND case_id = :case AND version = :expected""")
                .bindMap(values(i)).bind("expected", expectedVersion).execute();
        if (updated != 1) {
            throw new StaleEditException("intervention", i.id(), expectedVersion);
        }
        handle.createUpdate("DELETE FROM intervention_cosigner WHERE intervention_id = :id").bind("id", i.id()).execute();
        cosigners(handle, i);
    }

    private static void cosigners(Handle handle, Intervention i) {
        for (Intervention.Cosigner cosigner : i.cosigners()) {
            handle.createUpdate("""
                    INSERT INTO intervention_cosigner (intervention_id, organisation_id) VALUES (:i, :o) ON CONFLICT DO NOTHING""")
                    .bind("i", i.id()).bind("o", cosigner.id()).execute();
        }
    }

    private static Map<String, Object> values(Intervention i) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", i.id());
        values.put("case", i.caseId());
        values.put("kind", i.kind().code());
        values.put("subject", i.subject());
        values.put("recipients", i.recipients());
        values.put("channel", i.channel().code());
        values.put("sent", i.sentOn().orElse(null));
        values.put("due", i.responseDue().orElse(null));
        values.put("response", i.response().orElse(null));
        values.put("responseOn", i.responseOn().orElse(null));
        return values;
    }

    List<Intervention> ofCase(Handle handle, UUID caseId) {
        return read(handle, handle.createQuery(SELECT + " WHERE case_id = :case ORDER BY coalesce(sent_on, created_at::date), created_at")
                .bind("case", caseId));
    }

    Optional<Intervention> find(Handle handle, UUID caseId, UUID id) {
        return read(handle, handle.createQuery(SELECT + " WHERE case_id = :case AND id = :id").bind("case", caseId)
                .bind("id", id)).stream().findFirst();
    }

    private static List<Intervention> read(Handle handle, org.jdbi.v3.core.statement.Query query) {
        List<Object[]> rows = query.map((rs, ctx) -> new Object[] {rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class), rs.getString("kind"), rs.getString("subject"), rs.getString("recipients"),
                rs.getString("channel"), rs.getObject("sent_on", LocalDate.class), rs.getObject("response_due", LocalDate.class),
                rs.getString("response"), rs.getObject("response_on", LocalDate.class), rs.getInt("version")}).list();
        List<Intervention> interventions = new ArrayList<>();
        for (Object[] r : rows) {
            List<Intervention.Cosigner> cosigners = handle.createQuery("""
                    SELECT o.id, o.name_en FROM intervention_cosigner c JOIN organisation o ON o.id = c.organisation_id
                    WHERE c.intervention_id = :id ORDER BY o.name_en""").bind("id", r[0])
                    .map((rs, ctx) -> new Intervention.Cosigner(rs.getObject(1, UUID.class), rs.getString(2))).list();
            interventions.add(new Intervention((UUID) r[0], (UUID) r[1], InterventionKind.parse((String) r[2]),
                    (String) r[3], (String) r[4], Channel.parse((String) r[5]), Optional.ofNullable((LocalDate) r[6]),
                    Optional.ofNullable((LocalDate) r[7]), Optional.ofNullable((String) r[8]),
                    Optional.ofNullable((LocalDate) r[9]), cosigners, (Integer) r[10]));
        }
        return interventions;
    }

    /** Interventions an organisation co-signed (for its page's "joint work"). */
    List<Map.Entry<Intervention, String>> cosignedBy(Handle handle, UUID organisationId, String visibleSql) {
        List<UUID[]> ids = handle.createQuery("""
                SELECT i.case_id, i.id FROM intervention i JOIN intervention_cosigner s ON s.intervention_id = i.id
                JOIN urgent_case c ON c.id = i.case_id
                WHERE s.organisation_id = :org AND """ + visibleSql + " ORDER BY i.sent_on DESC NULLS LAST LIMIT 100")
                .bind("org", organisationId)
                .map((rs, ctx) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
        List<Map.Entry<Intervention, String>> found = new ArrayList<>();
        for (UUID[] pair : ids) {
            String code = handle.createQuery("SELECT code FROM urgent_case WHERE id = :id").bind("id", pair[0])
                    .mapTo(String.class).one();
            find(handle, pair[0], pair[1]).ifPresent(i -> found.add(Map.entry(i, code)));
        }
        return found;
    }
}
