package org.kirok.submission;

import java.util.List;
import java.util.Optional;
import org.kirok.upr.Deadline;
import org.kirok.upr.Review;

/** A rendered draft with everything the author must see: words against the limit, deadline, period, findings. */
public record Check(Rendered rendered, List<Finding> findings, int limit, Optional<Deadline> deadline,
                    Optional<Review> previousReview) {

    public Check {
        findings = List.copyOf(findings);
    }

    public int words() {
        return rendered.words();
    }

    public boolean overLimit() {
        return rendered.words() > limit;
    }

    public boolean blocking() {
        return findings.stream().anyMatch(f -> f.error() && !f.key().equals("submission.check.over_limit"));
    }
}
