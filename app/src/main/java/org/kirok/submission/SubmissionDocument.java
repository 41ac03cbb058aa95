package org.kirok.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kirok.publish.Publication;

/**
 * The submission as OHCHR receives it: the title; what it is (joint or individual, which state, which session and
 * cycle); every submitter listed at the top; the word count; then the numbered body with its footnotes.
 */
final class SubmissionDocument {
    private SubmissionDocument() {
    }

    static Publication of(Submission submission, Rendered rendered) {
        List<Publication.Block> blocks = new ArrayList<>();
        blocks.add(new Publication.Heading(2, submission.kind() == SubmissionKind.JOINT
                ? "Joint submission by" : "Submitted by"));
        blocks.add(new Publication.Bullets(submission.submitters().stream().map(Submitter::listed).toList()));
        blocks.add(Publication.Paragraph.plain(String.format(Locale.ENGLISH, "Word count: %,d (excluding footnotes)",
                rendered.words())));
        blocks.addAll(rendered.blocks());
        String subtitle = (submission.kind() == SubmissionKind.JOINT ? "Joint" : "Individual")
                + " stakeholder submission to the Universal Periodic Review of " + submission.stateName("en") + ", "
                + SubmissionRenderer.ordinal(submission.session()) + " session of the UPR Working Group ("
                + SubmissionRenderer.ordinal(submission.cycle()) + " cycle)";
        return new Publication(submission.title(), Optional.of(subtitle), submission.language(), blocks);
    }
}
