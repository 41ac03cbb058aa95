package org.kirok.place;

/** What an idempotent import did with one row: added it, changed the stored place, or found it already so. */
public enum ImportOutcome {
    ACCEPTED, UPDATED, UNCHANGED
}
