package org.kirok.submission;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.security.AccessPolicy;
import org.kirok.upr.Upr;
import org.kirok.vocabulary.Vocabularies;
import org.kirok.web.Feature;
import org.kirok.web.Templates;

/** The submission builder's service, wired by hand on the UPR register, and its pages. */
public record Submissions(SubmissionService service) {

    public static Submissions create(Jdbi jdbi, AuditLog audit, AccessPolicy access, Upr upr, Vocabularies vocabularies) {
        SubmissionRenderer renderer = new SubmissionRenderer(upr.register(), upr.evidence(), upr.assessments(),
                vocabularies);
        return new Submissions(new SubmissionService(jdbi, audit, access, upr.register(), upr.settings(), renderer,
                Clock.systemUTC()));
    }

    public List<Feature> web(Templates templates, Upr upr, Vocabularies vocabularies) {
        return List.of(new SubmissionRoutes(service, upr, vocabularies, templates));
    }
}
