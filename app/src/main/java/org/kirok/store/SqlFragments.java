package org.kirok.store;

/** SQL pieces several features share, so that one rule is written once. */
public final class SqlFragments {
    private SqlFragments() {
    }

    /** The ids of the place bound to {@code :param} and of every place below it. */
    public static String placeSubtree(String param) {
        return "(WITH RECURSIVE below AS (SELECT id FROM place WHERE id = :" + param
                + " UNION ALL SELECT c.id FROM place c JOIN below b ON c.parent_id = b.id) SELECT id FROM below)";
    }

    /** The ids of the organisation bound to {@code :param} and of all its units. */
    public static String organisationSubtree(String param) {
        return "(WITH RECURSIVE units AS (SELECT id FROM organisation WHERE id = :" + param
                + " UNION ALL SELECT c.id FROM organisation c JOIN units u ON c.parent_id = u.id) SELECT id FROM units)";
    }
}
