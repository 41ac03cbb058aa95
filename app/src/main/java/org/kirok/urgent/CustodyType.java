package org.kirok.urgent;

import java.util.Locale;
import org.kirok.store.Codes;

/** What a custody event records: the steps of a route from arrest to repatriation, release or safety. */
public enum CustodyType {
    ARREST, TRANSFER, DETENTION, HANDOVER, REPATRIATION, RELEASE, ARRIVAL, UNKNOWN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CustodyType parse(String code) {
        return Codes.parse(CustodyType.class, code, "type");
    }

    /** Whether after this event the person is held by someone (the holder is then the custodian). */
    public boolean inCustody() {
        return this == ARREST || this == TRANSFER || this == DETENTION || this == HANDOVER;
    }
}
