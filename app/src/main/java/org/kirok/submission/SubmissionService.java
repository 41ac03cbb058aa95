package org.kirok.submission;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.upr.Deadline;
import org.kirok.upr.DocumentFormat;
import org.kirok.upr.Review;
import org.kirok.upr.Signatories;
import org.kirok.upr.States;
import org.kirok.upr.UprService;
import org.kirok.upr.UprSettings;

/**
 * UPR stakeholder submissions: drafting (every save kept as a version), checking, and export as DOCX (what OHCHR
 * takes) or PDF with a Korean font embedded. Submissions are records like others: internal by default, visible by
 * the access rules, every write and export audited. Thread-safe.
 */
public final class SubmissionService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final UprService register;
    private final UprSettings settings;
    private final SubmissionRenderer renderer;
    private final ThemeStarter starter;
    private final Clock clock;
    private final SubmissionStore store = new SubmissionStore();

    SubmissionService(Jdbi jdbi, AuditLog audit, AccessPolicy access, UprService register, UprSettings settings,
                      SubmissionRenderer renderer, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.access = access;
        this.register = register;
        this.settings = settings;
        this.renderer = renderer;
        this.starter = new ThemeStarter(register);
        this.clock = clock;
    }

    public List<Submission> list(User user) {
        return jdbi.withHandle(handle -> store.list(handle, access.visibleSql(user, "s")));
    }

    public Submission view(User user, UUID id) {
        return jdbi.withHandle(handle -> store.one(handle, id, access.visibleSql(user, "s")))
                .orElseThrow(() -> new NotFoundException("submission"));
    }

    public UUID create(User user, SubmissionDraft draft) {
        register.session(draft.session());
        return jdbi.inTransaction(handle -> create(handle, user.actor(), Optional.of(user.id()), user.organisationId(),
                draft, ""));
    }

    /** Starts a submission inside the caller's transaction (the demo loader's comes with a text). */
    public UUID create(Handle handle, Actor actor, Optional<UUID> user, Optional<UUID> organisation,
                       SubmissionDraft draft, String body) {
        String state = state(draft);
        UUID id = UUID.randomUUID();
        store.insert(handle, id, draft, state, body, organisation, user);
        Signatories.SUBMISSION.replace(handle, id, draft.submitters(), "submitters");
        audit.record(handle, actor, "submission.created", "upr_submission", id, Map.of("state", state,
                "session", draft.session(), "kind", draft.kind().code(), "submitters", draft.submitters().size()));
        return id;
    }

    public void updateSettings(User user, UUID id, int expectedVersion, SubmissionDraft draft) {
        view(user, id);
        String state = state(draft);
        register.session(draft.session());
        jdbi.useTransaction(handle -> {
            store.updateSettings(handle, id, expectedVersion, draft, state);
            Signatories.SUBMISSION.replace(handle, id, draft.submitters(), "submitters");
            audit.record(handle, user.actor(), "submission.updated", "upr_submission", id,
                    Map.of("version", expectedVersion + 1, "submitters", draft.submitters().size()));
        });
    }

    /** Saves the text; the saved state is kept as a version. Returns the new version number. */
    public int saveBody(User user, UUID id, int expectedVersion, String body) {
        Submission current = view(user, id);
        if (body.length() > 400_000) {
            throw new InvalidInputException("body", "the text is longer than 400,000 characters (" + body.length() + ")");
        }
        int words = renderer.render(withBody(current, body), user).words();
        jdbi.useTransaction(handle -> {
            store.updateBody(handle, id, expectedVersion, body);
            store.saveVersion(handle, id, expectedVersion + 1, current.title(), body, words, user.id());
            audit.record(handle, user.actor(), "submission.saved", "upr_submission", id,
                    Map.of("version", expectedVersion + 1, "words", words));
        });
        return expectedVersion + 1;
    }

    /**
     * Saves the text with a section drafted from the data for one of our themes appended ({@link ThemeStarter}).
     */
    public int addThemeSection(User user, UUID id, int expectedVersion, String text, String theme) {
        Submission current = view(user, id);
        String body = text.isBlank() ? starter.draft(current, theme)
                : text.stripTrailing() + "\n\n" + starter.draft(current, theme);
        return saveBody(user, id, expectedVersion, body);
    }

    public List<SubmissionVersion> versions(User user, UUID id) {
        view(user, id);
        return jdbi.withHandle(handle -> store.versions(handle, id));
    }

    /** Renders and checks the submission as stored, or with an unsaved text (the live word count). */
    public Check check(User user, Submission submission, Optional<String> unsavedBody) {
        Submission draft = unsavedBody.map(body -> withBody(submission, body)).orElse(submission);
        Rendered rendered = renderer.render(draft, user);
        Optional<Review> previous = register.previousReview(draft.stateCode(), draft.session());
        Optional<Deadline> deadline = deadline(draft);
        int limit = limit(draft);
        return new Check(rendered, SubmissionChecks.check(draft, rendered, limit, deadline, previous, clock.instant()),
                limit, deadline, previous);
    }

    public int limit(Submission submission) {
        return submission.wordLimit().orElseGet(() -> settings.get(submission.kind() == SubmissionKind.JOINT
                ? UprSettings.Key.WORDS_JOINT : UprSettings.Key.WORDS_INDIVIDUAL));
    }

    public Optional<Deadline> deadline(Submission submission) {
        return Deadline.of(register.session(submission.session()),
                register.review(submission.stateCode(), submission.session()).flatMap(Review::reviewDate),
                settings.get(UprSettings.Key.DEADLINE_MONTHS));
    }

    /** The document, refused while a figure or citation is broken; the export is audited with its word count. */
    public byte[] export(User user, UUID id, DocumentFormat format) {
        Submission submission = view(user, id);
        Check check = check(user, submission, Optional.empty());
        if (check.blocking()) {
            throw new InvalidInputException("body", "the submission has errors to fix before export: "
                    + String.join("; ", check.findings().stream().filter(Finding::error)
                    .map(f -> f.message(org.kirok.web.Messages.of("en"))).toList()));
        }
        var publication = SubmissionDocument.of(submission, check.rendered());
        byte[] bytes = format.render(publication);
        jdbi.useTransaction(handle -> audit.record(handle, user.actor(), "submission.exported", "upr_submission", id,
                Map.of("format", format.extension(), "version", submission.version(),
                        "words", check.words(), "cases", check.rendered().citedCases().size())));
        return bytes;
    }

    private static Submission withBody(Submission s, String body) {
        return new Submission(s.id(), s.title(), s.stateCode(), s.session(), s.cycle(), s.kind(), s.language(),
                s.wordLimit(), s.periodFrom(), body, s.submitters(), s.organisationId(), s.confidentiality(), s.version(),
                s.updatedAt());
    }

    private static String state(SubmissionDraft draft) {
        return States.all().resolve(draft.state()).orElseThrow(() -> new InvalidInputException("state",
                "'" + draft.state() + "' is not a state Kirok knows; use its name or ISO 3166 code"));
    }

}
