package org.kirok.advocacy;

import java.util.Locale;
import org.kirok.store.Codes;

/** What an advocacy activity was: a meeting, a statement, a submission, a campaign, media coverage. */
public enum ActivityKind {
    MEETING, STATEMENT, SUBMISSION, CAMPAIGN, MEDIA;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ActivityKind parse(String code) {
        return Codes.parse(ActivityKind.class, code, "kind");
    }
}
