package org.kirok.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.audit.Actor;
import org.kirok.event.ActDraft;
import org.kirok.event.ActService;
import org.kirok.event.FuzzyDateParser;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;

/**
 * Acts from a flat table, one row per act: victim and perpetrator persons by external id, places and
 * organisations by id or name, the source by reference; several perpetrators or consequences separated by "|".
 * A user's import may only point at records that user may see.
 */
final class ActImporter implements RowImporter {
    static final List<String> COLUMNS = List.of("external_id", "act_type", "victim", "date", "place",
            "perpetrator_organisation", "involvement", "perpetrator_person", "source", "reliability", "connection",
            "consequences", "legal_basis", "event", "confidentiality", "notes");

    private final ActService acts;
    private final References references;
    private final Fingerprints fingerprints;
    private final Actor actor;
    private final Optional<User> user;

    ActImporter(ActService acts, References references, Fingerprints fingerprints, Actor actor, Optional<User> user) {
        this.acts = acts;
        this.references = references;
        this.fingerprints = fingerprints;
        this.actor = actor;
        this.user = user;
    }

    @Override
    public String entity() {
        return "acts";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("external_id", "act_type", "victim", "source");
    }

    @Override
    public Outcome apply(Handle handle, TabularFile.Line line) {
        String externalId = Cells.required(line, "external_id");
        byte[] fingerprint = fingerprints.of(entity(), line, COLUMNS);
        Optional<UUID> existing = references.existingAct(handle, externalId);
        if (existing.isPresent() && fingerprints.unchanged(handle, entity(), externalId, fingerprint)) {
            return Outcome.UNCHANGED;
        }
        try {
            ActDraft draft = draft(handle, line, externalId);
            user.ifPresent(u -> acts.requireVisibleReferences(handle, u, draft));
            if (existing.isPresent()) {
                acts.update(handle, actor, existing.get(), acts.version(handle, existing.get()), draft);
            } else {
                acts.create(handle, actor, draft);
            }
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.field().map(f -> COLUMN_OF.getOrDefault(f, f)), e.messageKey(), e.getMessage());
        }
        fingerprints.remember(handle, entity(), externalId, fingerprint);
        return existing.isPresent() ? Outcome.UPDATED : Outcome.NEW;
    }

    /** The service names fields as the API does; an import report names the file's columns. */
    private static final java.util.Map<String, String> COLUMN_OF = java.util.Map.of("victim_id", "victim",
            "involvements", "involvement", "sources", "reliability", "place_id", "place", "legal_basis_id", "legal_basis");

    private ActDraft draft(Handle handle, TabularFile.Line line, String externalId) {
        String victim = line.get("victim");
        if (victim.isEmpty()) {
            throw new InvalidInputException("victim", "every act needs a victim: put the victim's person external_id here");
        }
        List<String> organisations = Cells.list(line, "perpetrator_organisation");
        List<String> degrees = Cells.list(line, "involvement");
        List<ActDraft.InvolvementDraft> involvements = new ArrayList<>();
        for (int i = 0; i < organisations.size(); i++) {
            involvements.add(new ActDraft.InvolvementDraft(Optional.empty(),
                    Optional.of(references.organisation(handle, "perpetrator_organisation", organisations.get(i))),
                    i < degrees.size() ? degrees.get(i) : "unknown", Optional.empty()));
        }
        for (String person : Cells.list(line, "perpetrator_person")) {
            involvements.add(new ActDraft.InvolvementDraft(Optional.of(references.person(handle, "perpetrator_person",
                    person)), Optional.empty(), "unknown", Optional.empty()));
        }
        List<ActDraft.InformationDraft> sources = new ArrayList<>();
        for (String source : Cells.list(line, "source")) {
            sources.add(new ActDraft.InformationDraft(references.source(handle, "source", source),
                    Cells.optional(line, "reliability").orElse("unknown"), Cells.optional(line, "connection"),
                    Optional.empty()));
        }
        if (sources.isEmpty()) {
            throw new InvalidInputException("source", "every imported act cites its source (a reference like T-2019-0041)");
        }
        return new ActDraft(Cells.required(line, "act_type"), references.person(handle, "victim", victim),
                FuzzyDateParser.parse(line.get("date"), "date"), references.place(handle, "place", line.get("place")),
                references.event(handle, "event", line.get("event")), involvements, sources,
                Cells.list(line, "consequences"), references.article(handle, "legal_basis", line.get("legal_basis")),
                Cells.optional(line, "notes"), Optional.empty(),
                Cells.field("confidentiality", () -> Cells.optional(line, "confidentiality").map(Confidentiality::parse)
                        .orElse(Confidentiality.INTERNAL)), Optional.of(externalId));
    }
}
