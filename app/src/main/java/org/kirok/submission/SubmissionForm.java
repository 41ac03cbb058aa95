package org.kirok.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;
import org.kirok.web.FormValues;

/** Reads a submission's settings from its form (up to {@value #SUBMITTERS} submitter pickers) and back. */
final class SubmissionForm {
    static final int SUBMITTERS = 6;

    private SubmissionForm() {
    }

    static SubmissionDraft draft(FormValues values) {
        List<UUID> submitters = new ArrayList<>();
        for (int i = 1; i <= SUBMITTERS; i++) {
            values.id("submitter_" + i).ifPresent(submitters::add);
        }
        return new SubmissionDraft(values.requiredText("title"), values.requiredText("state"),
                values.integer("session").orElseThrow(() -> new InvalidInputException("session",
                        "the review session is required")),
                SubmissionKind.parse(values.text("kind").orElse("joint")), values.text("language").orElse("en"),
                values.integer("word_limit"), values.date("period_from"), submitters,
                Confidentiality.parse(values.text("confidentiality").orElse("internal")));
    }

    static FormValues values(Submission submission) {
        Map<String, Object> stored = new HashMap<>();
        stored.put("title", submission.title());
        stored.put("state", submission.stateCode());
        stored.put("session", submission.session());
        stored.put("kind", submission.kind().code());
        stored.put("language", submission.language());
        stored.put("word_limit", submission.wordLimit());
        stored.put("period_from", submission.periodFrom());
        stored.put("confidentiality", submission.confidentiality().code());
        stored.put("version", submission.version());
        for (int i = 0; i < submission.submitters().size() && i < SUBMITTERS; i++) {
            stored.put("submitter_" + (i + 1), submission.submitters().get(i).id());
            stored.put("submitter_" + (i + 1) + "_label", submission.submitters().get(i).nameEn());
        }
        return FormValues.from(stored);
    }
}
