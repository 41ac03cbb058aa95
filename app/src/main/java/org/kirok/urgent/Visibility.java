package org.kirok.urgent;

import org.kirok.security.AccessPolicy;
import org.kirok.security.Permission;
import org.kirok.security.RecordKind;
import org.kirok.security.Role;
import org.kirok.security.User;

/**
 * The access policy's rule for the records of this feature and the advocacy log (urgent cases, advocacy
 * activities), which no data-sharing agreement can name yet: staff as for any record (confidentiality ×
 * organisation × role); partners the public ones only. When agreements gain these kinds, this delegates entirely.
 */
public final class Visibility {
    private Visibility() {
    }

    public static String sql(AccessPolicy access, User user, String alias) {
        if (!alias.matches("[a-z_]{1,20}")) {
            throw new IllegalArgumentException("bad alias: " + alias);
        }
        if (user.role() == Role.PARTNER) {
            return user.may(Permission.READ_RECORDS) ? "(" + alias + ".confidentiality = 'public')" : "FALSE";
        }
        // the kind only shapes the partners' agreement clause, which staff never get
        return access.visibleSql(user, alias, RecordKind.PERSONS);
    }
}
