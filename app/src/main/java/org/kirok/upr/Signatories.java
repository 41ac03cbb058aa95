package org.kirok.upr;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.store.InvalidInputException;

/**
 * The ordered lists of organisations that sign advocacy documents — the submitters of a UPR submission, the
 * delivering and co-signing organisations of an oral statement — stored one row per organisation with its position.
 */
public enum Signatories {
    SUBMISSION("upr_submission_organisation", "submission_id"),
    STATEMENT("hrc_statement_organisation", "statement_id");

    private final String table;
    private final String owner;

    Signatories(String table, String owner) {
        this.table = table;
        this.owner = owner;
    }

    /** Replaces the document's list, refusing organisations that do not exist (naming the form field). */
    public void replace(Handle handle, UUID document, List<UUID> organisations, String field) {
        if (!organisations.isEmpty() && handle.createQuery("SELECT count(*) FROM organisation WHERE id = ANY(:ids)")
                .bindArray("ids", UUID.class, organisations).mapTo(Long.class).one() != organisations.size()) {
            throw new InvalidInputException(field, "an organisation was not found; choose each from the suggestions");
        }
        handle.createUpdate("DELETE FROM " + table + " WHERE " + owner + " = :id").bind("id", document).execute();
        for (int i = 0; i < organisations.size(); i++) {
            handle.createUpdate("INSERT INTO " + table + " (" + owner + ", organisation_id, position) "
                    + "VALUES (:id, :org, :position)").bind("id", document).bind("org", organisations.get(i))
                    .bind("position", i).execute();
        }
    }
}
