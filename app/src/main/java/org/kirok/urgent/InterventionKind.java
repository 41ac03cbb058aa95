package org.kirok.urgent;

import java.util.Locale;
import org.kirok.store.Codes;

/** What an organisation did for the persons: appeals, UN communications, press and joint statements. */
public enum InterventionKind {
    GOVERNMENT_APPEAL, SPECIAL_PROCEDURES, WGEID, UNHCR, PRESS_STATEMENT, JOINT_STATEMENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InterventionKind parse(String code) {
        return Codes.parse(InterventionKind.class, code, "kind");
    }
}
