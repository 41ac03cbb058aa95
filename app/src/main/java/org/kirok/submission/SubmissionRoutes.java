package org.kirok.submission;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.upr.DocumentFormat;
import org.kirok.upr.Upr;
import org.kirok.vocabulary.Vocabularies;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormErrors;
import org.kirok.web.FormValues;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * The submission builder's pages: the list with the form for a new submission, the editor with its live preview
 * (word count, checks, numbered paragraphs with figures filled in), settings, theme sections drafted from the data,
 * saved versions, and the DOCX and PDF downloads.
 */
final class SubmissionRoutes implements Feature {
    private final SubmissionService submissions;
    private final Upr upr;
    private final Vocabularies vocabularies;
    private final Templates templates;

    SubmissionRoutes(SubmissionService submissions, Upr upr, Vocabularies vocabularies, Templates templates) {
        this.submissions = submissions;
        this.upr = upr;
        this.vocabularies = vocabularies;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/submissions", Permission.ADVOCACY, "UPR submissions", ctx -> list(ctx, FormValues.from(
                Map.of("kind", "joint", "language", "en", "state", "KP")), ""));
        router.post("/submissions", Permission.ADVOCACY, "Start a submission", this::create);
        router.get("/submissions/{id}", Permission.ADVOCACY, "Submission editor", ctx -> editor(ctx, submission(ctx), ""));
        router.post("/submissions/{id}/preview", Permission.ADVOCACY,
                "Live preview: words against the limit, checks, numbered text (fragment)", this::preview);
        router.post("/submissions/{id}/body", Permission.ADVOCACY, "Save the text (kept as a version)", this::save);
        router.post("/submissions/{id}/theme", Permission.ADVOCACY, "Add a section drafted for a theme", this::theme);
        router.get("/submissions/{id}/settings", Permission.ADVOCACY, "Submission settings form", ctx -> {
            Submission submission = submission(ctx);
            settings(ctx, submission, SubmissionForm.values(submission), "");
        });
        router.post("/submissions/{id}/settings", Permission.ADVOCACY, "Change a submission's settings", this::update);
        router.get("/submissions/{id}/versions", Permission.ADVOCACY, "Saved versions of a submission", this::versions);
        router.get("/submissions/{id}/export/{format}", Permission.ADVOCACY, "Download as DOCX or PDF", this::export);
    }

    private Submission submission(Context ctx) {
        return submissions.view(CurrentUser.of(ctx), Ids.parse(ctx.pathParam("id"), "submission"));
    }

    private void list(Context ctx, FormValues values, String error) {
        templates.render(ctx, "submission/list.jte", Map.of("submissions", submissions.list(CurrentUser.of(ctx)),
                "values", values, "error", error, "reviews", upr.register().reviews(Optional.empty()),
                "submitters", SubmissionForm.SUBMITTERS));
    }

    private void create(Context ctx) {
        FormValues values = FormValues.of(ctx);
        try {
            UUID id = submissions.create(CurrentUser.of(ctx), SubmissionForm.draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/submissions/" + id);
        } catch (InvalidInputException e) {
            ctx.status(400);
            list(ctx, values, FormErrors.message(ctx, e));
        }
    }

    private void editor(Context ctx, Submission submission, String error) {
        User user = CurrentUser.of(ctx);
        Map<String, Object> data = new HashMap<>();
        data.put("s", submission);
        data.put("check", submissions.check(user, submission, Optional.empty()));
        data.put("error", error);
        data.put("themes", upr.register().themes());
        data.put("actTypes", vocabularies.activeTerms("act_type"));
        templates.render(ctx, "submission/editor.jte", data);
    }

    private void preview(Context ctx) {
        Submission submission = submission(ctx);
        Check check = submissions.check(CurrentUser.of(ctx), submission,
                Optional.ofNullable(ctx.formParam("body")));
        templates.render(ctx, "submission/preview.jte", Map.of("s", submission, "check", check));
    }

    private void save(Context ctx) {
        Submission submission = submission(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            submissions.saveBody(CurrentUser.of(ctx), submission.id(), values.version(), values.get("body"));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/submissions/" + submission.id());
        } catch (InvalidInputException e) {
            ctx.status(400);
            editor(ctx, submission, FormErrors.message(ctx, e));
        }
    }

    private void theme(Context ctx) {
        Submission submission = submission(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            submissions.addThemeSection(CurrentUser.of(ctx), submission.id(), values.version(), values.get("body"),
                    values.requiredText("theme"));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/submissions/" + submission.id() + "#editor");
        } catch (InvalidInputException e) {
            ctx.status(400);
            editor(ctx, submission, FormErrors.message(ctx, e));
        }
    }

    private void settings(Context ctx, Submission submission, FormValues values, String error) {
        templates.render(ctx, "submission/settings.jte", Map.of("s", submission, "values", values, "error", error,
                "submitters", SubmissionForm.SUBMITTERS));
    }

    private void update(Context ctx) {
        Submission submission = submission(ctx);
        FormValues values = FormValues.of(ctx);
        try {
            submissions.updateSettings(CurrentUser.of(ctx), submission.id(), values.version(), SubmissionForm.draft(values));
            Templates.notice(ctx, "common.saved");
            ctx.redirect("/submissions/" + submission.id());
        } catch (InvalidInputException e) {
            ctx.status(400);
            settings(ctx, submission, values, FormErrors.message(ctx, e));
        }
    }

    private void versions(Context ctx) {
        Submission submission = submission(ctx);
        templates.render(ctx, "submission/versions.jte", Map.of("s", submission,
                "versions", submissions.versions(CurrentUser.of(ctx), submission.id())));
    }

    private void export(Context ctx) {
        Submission submission = submission(ctx);
        DocumentFormat format = DocumentFormat.of(ctx.pathParam("format"));
        byte[] bytes = submissions.export(CurrentUser.of(ctx), submission.id(), format);
        String name = "upr-submission-" + submission.stateCode() + "-session" + submission.session() + "-v"
                + submission.version() + "." + format.extension();
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.contentType(format.mediaType());
        ctx.result(bytes);
    }
}
