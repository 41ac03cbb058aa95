package org.kirok.submission;

import java.util.Locale;
import org.kirok.store.Codes;

/** An individual stakeholder submission or a joint one (which lists every submitter at the top). */
public enum SubmissionKind {
    INDIVIDUAL, JOINT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubmissionKind parse(String code) {
        return Codes.parse(SubmissionKind.class, code, "kind");
    }
}
