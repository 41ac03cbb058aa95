package org.kirok.urgent;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.audit.Actor;
import org.kirok.organisation.OrganisationDraft;
import org.kirok.organisation.OrganisationKind;
import org.kirok.organisation.OrganisationService;

/**
 * Finds the organisation holding a person by its name, Korean name or abbreviation (case-insensitive, exact), and
 * records an unknown holder as a new state organ without a country — the rules then take the country of the place
 * where it holds the person, and a coordinator can complete the record later.
 */
final class Custodians {
    private final OrganisationService organisations;

    Custodians(OrganisationService organisations) {
        this.organisations = organisations;
    }

    UUID resolve(Handle handle, Actor actor, String name) {
        String wanted = name.strip();
        Optional<UUID> existing = handle.createQuery("""
                SELECT id FROM organisation
                WHERE lower(name_en) = lower(:n) OR lower(name_ko) = lower(:n) OR lower(abbreviation) = lower(:n)
                ORDER BY CASE WHEN lower(name_en) = lower(:n) THEN 0 ELSE 1 END, created_at LIMIT 1""")
                .bind("n", wanted).mapTo(UUID.class).findOne();
        return existing.orElseGet(() -> organisations.create(handle, actor, new OrganisationDraft(
                OrganisationKind.STATE_ORGAN, wanted, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("Added as the custody holder of an urgent case; check its kind and country."),
                Optional.empty())));
    }

    void requireExisting(Handle handle, UUID id) {
        boolean exists = handle.createQuery("SELECT EXISTS (SELECT 1 FROM organisation WHERE id = :id)").bind("id", id)
                .mapTo(Boolean.class).one();
        if (!exists) {
            throw new org.kirok.store.InvalidInputException("custody_holder", "the organisation " + id + " does not exist");
        }
    }
}
