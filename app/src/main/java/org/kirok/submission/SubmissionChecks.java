package org.kirok.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kirok.upr.Deadline;
import org.kirok.upr.Review;

/**
 * The rules a stakeholder submission must keep, checked on every render (see ../shared/data/upr/
 * upr_hrc_process_rules.csv): the word limit excluding footnotes; every submitter listed, at least two for a joint
 * submission and one for an individual one; one state per submission (checked while rendering citations); the
 * period covered — since the previous review — for every figure; the deadline (noon Geneva time).
 */
final class SubmissionChecks {
    private SubmissionChecks() {
    }

    static List<Finding> check(Submission submission, Rendered rendered, int limit, Optional<Deadline> deadline,
                               Optional<Review> previous, Instant now) {
        List<Finding> findings = new ArrayList<>(rendered.findings());
        if (rendered.words() > limit) {
            findings.add(Finding.error("submission.check.over_limit", rendered.words(), limit, rendered.words() - limit));
        }
        int submitters = submission.submitters().size();
        if (submitters == 0) {
            findings.add(Finding.error("submission.check.no_submitters"));
        } else if (submission.kind() == SubmissionKind.JOINT && submitters < 2) {
            findings.add(Finding.error("submission.check.joint_needs_two"));
        } else if (submission.kind() == SubmissionKind.INDIVIDUAL && submitters > 1) {
            findings.add(Finding.error("submission.check.individual_one", submitters));
        }
        if (rendered.blocks().isEmpty()) {
            findings.add(Finding.warning("submission.check.empty"));
        }
        deadline.filter(d -> d.at().isBefore(now)).ifPresent(d ->
                findings.add(Finding.warning("submission.check.deadline_passed", d.inGeneva().toLocalDate().toString())));
        Optional<LocalDate> periodStart = previous.flatMap(Review::reviewDate);
        if (periodStart.isPresent()) {
            LocalDate start = periodStart.get();
            rendered.figureStarts().stream().filter(day -> day.isBefore(start)).distinct().forEach(day ->
                    findings.add(Finding.warning("submission.check.before_period", day.toString(), start.toString())));
            submission.periodFrom().filter(day -> day.isBefore(start)).ifPresent(day ->
                    findings.add(Finding.warning("submission.check.period_too_long", day.toString(), start.toString())));
        } else if (!rendered.figureStarts().isEmpty()) {
            findings.add(Finding.warning("submission.check.period_unknown"));
        }
        if (!submission.language().equals("en")) {
            findings.add(Finding.warning("submission.check.english_phrases"));
        }
        return findings;
    }
}
