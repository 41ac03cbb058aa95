package org.kirok.transfer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.place.PlaceService;
import org.kirok.store.InvalidInputException;

/**
 * Finds the records an imported row points at, by external id or by the names people write — and when that
 * fails, says which column and what was not found.
 */
final class References {
    private final PlaceService places;

    References(PlaceService places) {
        this.places = places;
    }

    /** A person by external id, or by Kirok id (exports write the id of records that have no external id). */
    Optional<UUID> existingPerson(Handle handle, String value) {
        return byIdOrExternalId(handle, "person", value);
    }

    Optional<UUID> existingAct(Handle handle, String value) {
        return byIdOrExternalId(handle, "act", value);
    }

    private static Optional<UUID> byIdOrExternalId(Handle handle, String table, String value) {
        Optional<UUID> byExternal = handle.createQuery("SELECT id FROM " + table + " WHERE external_id = :x")
                .bind("x", value).mapTo(UUID.class).findOne();
        if (byExternal.isPresent()) {
            return byExternal;
        }
        return org.kirok.store.Ids.parseOptional(value).flatMap(id -> handle.createQuery(
                "SELECT id FROM " + table + " WHERE id = :id AND external_id IS NULL").bind("id", id).mapTo(UUID.class).findOne());
    }

    UUID person(Handle handle, String column, String externalId) {
        return existingPerson(handle, externalId)
                .orElseThrow(() -> new InvalidInputException(column, "no person with external_id '" + externalId
                        + "': import the persons file first"));
    }

    Optional<UUID> place(Handle handle, String column, String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        Optional<UUID> byId = byIdOrExternalId(handle, "place", value);
        if (byId.isPresent()) {
            return byId;
        }
        try {
            return Optional.of(places.resolve(handle, value, Optional.empty()).orElseThrow(() -> new InvalidInputException(
                    column, "no place called '" + value + "' (use a place's external_id, or import the gazetteer first)")));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(java.util.Optional.of(column), e.messageKey(), e.getMessage());
        }
    }

    UUID organisation(Handle handle, String column, String value) {
        List<UUID> found = handle.createQuery("""
                SELECT id FROM organisation WHERE external_id = :v OR lower(name_en) = lower(:v) OR name_ko = :v
                   OR lower(abbreviation) = lower(:v) ORDER BY (external_id = :v) DESC NULLS LAST LIMIT 2""")
                .bind("v", value).mapTo(UUID.class).list();
        if (found.isEmpty()) {
            throw new InvalidInputException(column, "no organisation called '" + value + "' (use its external_id, "
                    + "English or Korean name, or abbreviation)");
        }
        return found.get(0);
    }

    UUID source(Handle handle, String column, String value) {
        return handle.createQuery("SELECT id FROM source WHERE external_id = :v OR reference_code = :v LIMIT 1")
                .bind("v", value).mapTo(UUID.class).findOne()
                .orElseThrow(() -> new InvalidInputException(column, "no source with reference or external_id '"
                        + value + "'"));
    }

    Optional<UUID> event(Handle handle, String column, String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(byIdOrExternalId(handle, "event", value)
                .orElseThrow(() -> new InvalidInputException(column, "no event with external_id '" + value + "'")));
    }

    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile(
            "(?i)^(\\S+)\\s+(?:art(?:icle)?\\.?\\s*)?([0-9A-Za-z.\\-]+)(?:\\s*\\((.+)\\))?$");

    /**
     * "RTCRL 27", "RTCRL art. 27" or "RTCRL art. 27 (2020)": a law by short name or external id, and an article of
     * the version named, or of the newest version.
     */
    Optional<UUID> article(Handle handle, String column, String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = ARTICLE.matcher(value.strip());
        if (!m.matches()) {
            throw new InvalidInputException(column, "write the legal basis as '<law> <article>', e.g. 'RTCRL 27' (got '"
                    + value + "')");
        }
        String law = m.group(1);
        String number = m.group(2);
        String version = m.group(3) == null ? "" : m.group(3).strip();
        return Optional.of(handle.createQuery("""
                SELECT ar.id FROM law_article ar JOIN law_version v ON v.id = ar.law_version_id JOIN law l ON l.id = v.law_id
                WHERE (lower(l.short_name) = lower(:law) OR l.external_id = :law) AND ar.number = :article
                  AND (:version = '' OR v.label = :version)
                ORDER BY v.adopted_on DESC NULLS LAST LIMIT 1""")
                .bind("law", law).bind("article", number).bind("version", version).mapTo(UUID.class).findOne()
                .orElseThrow(() -> new InvalidInputException(column, "no article " + number + " of a law '" + law + "'"
                        + (version.isEmpty() ? "" : " in version " + version))));
    }
}
