package org.kirok.advocacy;

import java.util.Locale;
import org.kirok.store.Codes;

/**
 * How an organisation took part in an activity: on our side, as the counterpart met or addressed (a mission, the
 * High Commissioner's office), or as a co-signer of a joint product.
 */
public enum Participation {
    PARTICIPANT, COUNTERPART, COSIGNER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Participation parse(String code) {
        return Codes.parse(Participation.class, code, "role");
    }
}
