package org.kirok.advocacy;

import java.util.Locale;
import org.kirok.store.Codes;

/** How one organisation stands to a coalition or another organisation. */
public enum RelationKind {
    MEMBER, SECRETARIAT, OBSERVER, PARTNER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RelationKind parse(String code) {
        return Codes.parse(RelationKind.class, code, "kind");
    }
}
