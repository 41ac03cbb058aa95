package org.kirok.submission;

import java.time.Instant;
import java.util.Optional;

/** One saved state of a submission: nothing an author wrote is lost. */
public record SubmissionVersion(int number, String title, String body, int words, Optional<String> savedBy,
                                Instant savedAt) {
}
