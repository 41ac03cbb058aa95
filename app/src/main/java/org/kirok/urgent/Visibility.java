package org.kirok.urgent;

import org.kirok.security.AccessPolicy;
import org.kirok.security.RecordKind;
import org.kirok.security.User;

/**
 * The access policy's rule for urgent cases (alias {@code c}) and advocacy activities (alias {@code a}): the same
 * rules as every record — confidentiality × organisation × role, and for partners the data-sharing agreements that
 * name "urgent_cases" or "activities".
 */
public final class Visibility {
    private Visibility() {
    }

    public static String sql(AccessPolicy access, User user, String alias) {
        RecordKind kind = switch (alias) {
            case "c" -> RecordKind.URGENT_CASES;
            case "a" -> RecordKind.ACTIVITIES;
            default -> throw new IllegalArgumentException("alias " + alias + " is neither an urgent case (c) nor an activity (a)");
        };
        return access.visibleSql(user, alias, kind);
    }
}
