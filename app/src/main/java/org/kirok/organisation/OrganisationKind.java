package org.kirok.organisation;

import java.util.Locale;
import org.kirok.store.Codes;

/** What an organisation is: an NGO, a state organ (MSS, MPS), a UN body, a government, an armed force, a coalition. */
public enum OrganisationKind {
    NGO, STATE_ORGAN, UN_BODY, GOVERNMENT, ARMED_FORCE, COALITION, OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OrganisationKind parse(String code) {
        return Codes.parse(OrganisationKind.class, code, "kind");
    }
}
