package org.kirok.search.source;

/** SQL for "this place or any place below it", for many places at once (bound as {@code :ids}). */
final class Subtrees {
    static final String PLACES_BELOW = "(WITH RECURSIVE below AS (SELECT id FROM place WHERE id = ANY(:ids) "
            + "UNION ALL SELECT c.id FROM place c JOIN below b ON c.parent_id = b.id) SELECT id FROM below)";

    private Subtrees() {
    }
}
