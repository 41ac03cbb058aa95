package org.kirok.urgent;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.kirok.audit.AuditLog;
import org.kirok.event.FuzzyDates;
import org.kirok.publish.DocxRenderer;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.ConflictException;
import org.kirok.store.NotFoundException;
import org.kirok.store.StaleEditException;

/**
 * Letters and communications as DOCX, filled from the case through the editable templates. Persons appear by
 * name only for users with identity access, and only in the downloaded document (never stored, never mailed);
 * others get pseudonyms. A WGEID communication downloads only once every minimum element is present. Each
 * generation is audited with whether names were included. Thread-safe.
 */
public final class LetterService {
    private final UrgentCaseService cases;
    private final WgeidService wgeid;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final DocxRenderer docx = new DocxRenderer();

    public LetterService(UrgentCaseService cases, WgeidService wgeid, AuditLog audit, AccessPolicy access) {
        this.cases = cases;
        this.wgeid = wgeid;
        this.audit = audit;
        this.access = access;
    }

    public List<LetterTemplate> templates() {
        return cases.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT id, kind, language, title, body, version FROM letter_template ORDER BY kind, language")
                .map((rs, ctx) -> new LetterTemplate(rs.getObject(1, UUID.class), InterventionKind.parse(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6))).list());
    }

    public LetterTemplate template(UUID id) {
        return templates().stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("letter template"));
    }

    /** Creates (version 0) or updates a template; audited with its kind and language. */
    public UUID save(User user, LetterTemplate template, int expectedVersion) {
        return cases.jdbi().inTransaction(handle -> {
            UUID id = template.id();
            int written;
            if (expectedVersion == 0) {
                written = handle.createUpdate("""
                        INSERT INTO letter_template (id, kind, language, title, body) VALUES (:id, :kind, :lang, :title, :body)
                        ON CONFLICT (kind, language) DO NOTHING""")
                        .bind("id", id).bind("kind", template.kind().code()).bind("lang", template.language())
                        .bind("title", template.title()).bind("body", template.body()).execute();
                if (written != 1) {
                    throw new ConflictException("template_exists", "a " + template.kind().code() + " template in "
                            + template.language() + " exists already: edit it instead");
                }
            } else {
                written = handle.createUpdate("""
                        UPDATE letter_template SET title = :title, body = :body, version = version + 1
                        WHERE id = :id AND version = :expected""")
                        .bind("id", id).bind("title", template.title()).bind("body", template.body())
                        .bind("expected", expectedVersion).execute();
                if (written != 1) {
                    throw new StaleEditException("letter template", id, expectedVersion);
                }
            }
            audit.record(handle, user.actor(), "urgent.template_saved", "letter_template", id,
                    Map.of("kind", template.kind().code(), "language", template.language()));
            return id;
        });
    }

    /** The letter of an intervention, from the template of its kind in the language asked (English if none). */
    public byte[] interventionLetter(User user, UUID caseId, UUID interventionId, String language) {
        return cases.jdbi().inTransaction(handle -> {
            UrgentCase urgent = cases.view(handle, user, caseId);
            Intervention intervention = new InterventionStore().find(handle, caseId, interventionId)
                    .orElseThrow(() -> new NotFoundException("intervention"));
            LetterTemplate template = template(handle, intervention.kind(), language);
            Map<String, String> inline = inline(handle, user, urgent, template.language());
            inline.put("subject", intervention.subject());
            inline.put("recipients", intervention.recipients());
            inline.put("cosigners", intervention.cosigners().stream().map(Intervention.Cosigner::name)
                    .collect(Collectors.joining("; ")));
            audit.record(handle, user.actor(), "urgent.letter_generated", UrgentCaseService.TABLE, caseId,
                    Map.of("intervention", interventionId.toString(), "names", access.canReadIdentity(user)));
            return docx.render(LetterWriter.write(template, facts(urgent, inline)));
        });
    }

    /** The WGEID communication; refused (409) while elements are missing, naming them. */
    public byte[] wgeidCommunication(User user, UUID caseId, String language) {
        return cases.jdbi().inTransaction(handle -> {
            UrgentCase urgent = cases.view(handle, user, caseId);
            List<WgeidElement> missing = wgeid.missing(handle, user, urgent);
            if (!missing.isEmpty()) {
                throw new ConflictException("communication_incomplete", "the communication still lacks: "
                        + missing.stream().map(WgeidElement::code).collect(Collectors.joining(", ")));
            }
            LetterTemplate template = template(handle, InterventionKind.WGEID, language);
            Map<String, String> inline = inline(handle, user, urgent, template.language());
            audit.record(handle, user.actor(), "urgent.letter_generated", UrgentCaseService.TABLE, caseId,
                    Map.of("communication", "wgeid", "names", access.canReadIdentity(user)));
            return docx.render(LetterWriter.write(template, facts(urgent, inline)));
        });
    }

    private static LetterWriter.Facts facts(UrgentCase urgent, Map<String, String> inline) {
        List<String> persons = urgent.persons().stream()
                .map(p -> p.label().equals(p.code()) ? p.code() : p.label() + " (" + p.code() + ")").toList();
        return new LetterWriter.Facts(inline, persons, urgent.events());
    }

    private LetterTemplate template(Handle handle, InterventionKind kind, String language) {
        return handle.createQuery("""
                SELECT id, kind, language, title, body, version FROM letter_template WHERE kind = :kind
                ORDER BY CASE WHEN language = :lang THEN 0 WHEN language = 'en' THEN 1 ELSE 2 END LIMIT 1""")
                .bind("kind", kind.code()).bind("lang", language)
                .map((rs, ctx) -> new LetterTemplate(rs.getObject(1, UUID.class), InterventionKind.parse(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)))
                .findOne().orElseThrow(() -> new ConflictException("no_template", "there is no letter template for "
                        + kind.code() + "; an administrator can add one"));
    }

    private Map<String, String> inline(Handle handle, User user, UrgentCase urgent, String language) {
        Map<String, String> inline = new HashMap<>();
        inline.put("case_code", urgent.code());
        inline.put("today", LocalDate.now().toString());
        inline.put("risk", urgent.risk().code());
        inline.put("person_count", String.valueOf(urgent.persons().size()));
        urgent.latestEvent().ifPresent(e -> {
            inline.put("latest_date", FuzzyDates.show(e.date(), language));
            e.place().ifPresent(p -> inline.put("latest_place", p.name(language) + ", " + p.countryCode()));
            e.holder().ifPresent(h -> inline.put("latest_holder", h.name()));
        });
        WgeidCheck.arrest(urgent.events()).ifPresent(e -> {
            inline.put("arrest_date", FuzzyDates.show(e.date(), language));
            e.place().ifPresent(p -> inline.put("arrest_place", p.name(language) + ", " + p.countryCode()));
            e.holder().ifPresent(h -> inline.put("forces", h.name()));
        });
        WgeidCommunication communication = wgeid.communication(handle, user, urgent.id());
        communication.stepsTaken().ifPresent(s -> inline.put("steps_taken", s));
        Optional<String> organisation = urgent.organisationId().flatMap(id -> handle.createQuery(
                "SELECT name_en FROM organisation WHERE id = :id").bind("id", id).mapTo(String.class).findOne());
        communication.submitterName().or(() -> organisation).ifPresent(s -> inline.put("submitter", s));
        communication.submitterContact().ifPresent(c -> inline.put("submitter_contact", c));
        return inline;
    }
}
