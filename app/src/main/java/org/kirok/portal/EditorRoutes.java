package org.kirok.portal;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.Ids;
import org.kirok.store.InvalidInputException;
import org.kirok.store.Page;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.FormValues;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * Where editors maintain the portal: posts in Korean and English written in Markdown with a preview, scheduled,
 * published and withdrawn, with their files; programme pages. Every action is audited by the services.
 */
public final class EditorRoutes implements Feature {
    private final Posts posts;
    private final Programmes programmes;
    private final Markdown markdown;
    private final Templates templates;

    public EditorRoutes(Posts posts, Programmes programmes, Markdown markdown, Templates templates) {
        this.posts = posts;
        this.programmes = programmes;
        this.markdown = markdown;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/portal", Permission.PUBLISH, "Portal editing: posts and programme pages", this::list);
        router.get("/portal/posts/new", Permission.PUBLISH, "New post form", ctx -> postForm(ctx, Optional.empty(), FormValues.empty(), ""));
        router.post("/portal/posts", Permission.PUBLISH, "Create a post", this::create);
        router.get("/portal/posts/{id}", Permission.PUBLISH, "Edit a post", ctx -> {
            Post post = posts.forEditor(Ids.parse(ctx.pathParam("id"), "post"));
            postForm(ctx, Optional.of(post), PostValues.of(post), "");
        });
        router.post("/portal/posts/{id}", Permission.PUBLISH, "Save a post", this::update);
        router.post("/portal/posts/{id}/publish", Permission.PUBLISH, "Publish a post now or at a time", this::publish);
        router.post("/portal/posts/{id}/withdraw", Permission.PUBLISH, "Withdraw a post from the portal", ctx -> {
            UUID id = Ids.parse(ctx.pathParam("id"), "post");
            posts.withdraw(id, CurrentUser.of(ctx).actor());
            back(ctx, id, "portal.notice.withdrawn");
        });
        router.post("/portal/posts/{id}/draft", Permission.PUBLISH, "Turn a post back into a draft", ctx -> {
            UUID id = Ids.parse(ctx.pathParam("id"), "post");
            posts.unschedule(id, CurrentUser.of(ctx).actor());
            back(ctx, id, "portal.notice.draft");
        });
        router.post("/portal/posts/{id}/files", Permission.PUBLISH, "Attach a DOCX or PDF file to a post", this::attach);
        router.post("/portal/posts/{id}/files/{file}/delete", Permission.PUBLISH, "Remove a file from a post", ctx -> {
            UUID id = Ids.parse(ctx.pathParam("id"), "post");
            posts.detach(id, Ids.parse(ctx.pathParam("file"), "file"), CurrentUser.of(ctx).actor());
            back(ctx, id, "portal.notice.file_removed");
        });
        router.post("/portal/preview", Permission.PUBLISH, "Preview Markdown as the portal will show it", this::preview);
        new PageEditorRoutes(programmes, markdown, templates).routes(router);
    }

    private void list(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("posts", posts.allForEditors(Page.number(ctx.queryParam("page"))));
        model.put("pages", programmes.all());
        model.put("now", Instant.now());
        templates.render(ctx, "portal/editor-list.jte", model);
    }

    private void postForm(Context ctx, Optional<Post> post, FormValues values, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("post", post);
        model.put("form", values);
        model.put("error", error);
        model.put("now", Instant.now());
        templates.render(ctx, "portal/editor-post.jte", model);
    }

    private void create(Context ctx) {
        User user = CurrentUser.of(ctx);
        FormValues form = FormValues.of(ctx);
        try {
            UUID id = posts.create(PostForm.post(form, markdown), user.actor());
            back(ctx, id, "portal.notice.saved");
        } catch (InvalidInputException e) {
            ctx.status(400);
            postForm(ctx, Optional.empty(), form, e.field().map(f -> f + ": ").orElse("") + e.getMessage());
        }
    }

    private void update(Context ctx) {
        User user = CurrentUser.of(ctx);
        UUID id = Ids.parse(ctx.pathParam("id"), "post");
        FormValues form = FormValues.of(ctx);
        try {
            posts.update(id, PostForm.post(form, markdown), form.version(), user.actor());
            back(ctx, id, "portal.notice.saved");
        } catch (InvalidInputException e) {
            ctx.status(400);
            postForm(ctx, Optional.of(posts.forEditor(id)), form, e.field().map(f -> f + ": ").orElse("") + e.getMessage());
        }
    }

    private void publish(Context ctx) {
        UUID id = Ids.parse(ctx.pathParam("id"), "post");
        Optional<Instant> at = PostForm.publishAt(FormValues.of(ctx));
        posts.publish(id, at, CurrentUser.of(ctx).actor());
        back(ctx, id, at.filter(t -> t.isAfter(Instant.now())).isPresent() ? "portal.notice.scheduled" : "portal.notice.published");
    }

    private void attach(Context ctx) throws IOException {
        UUID id = Ids.parse(ctx.pathParam("id"), "post");
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            throw new InvalidInputException("file", "choose a DOCX or PDF file to attach");
        }
        Optional<String> language = Optional.ofNullable(ctx.formParam("language")).filter(l -> !l.isBlank());
        try (InputStream in = file.content()) {
            posts.attach(id, file.filename(), in.readAllBytes(), language, CurrentUser.of(ctx).actor());
        }
        back(ctx, id, "portal.notice.file_added");
    }

    private void preview(Context ctx) {
        String text = Optional.ofNullable(ctx.formParam("body_en")).or(() -> Optional.ofNullable(ctx.formParam("body_ko")))
                .or(() -> Optional.ofNullable(ctx.formParam("body"))).orElse("");
        ctx.html("<div class=\"post-body\">" + markdown.toSafeHtml(text) + "</div>");
    }

    private static void back(Context ctx, UUID id, String notice) {
        Templates.notice(ctx, notice);
        ctx.redirect("/portal/posts/" + id);
    }
}
