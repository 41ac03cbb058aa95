package org.kirok.portal;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.kirok.security.Permission;
import org.kirok.store.Ids;
import org.kirok.store.Page;
import org.kirok.web.Cookies;
import org.kirok.web.Feature;
import org.kirok.web.Messages;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * The public portal under {@code /public/}: no login, no session, no identity and no record — only what editors
 * published (posts, their files, programme pages) and aggregate figures that passed the disclosure gate.
 */
public final class PublicRoutes implements Feature {
    private final Posts posts;
    private final Programmes programmes;
    private final PublicStatistics statistics;
    private final SiteSettings settings;
    private final Templates templates;
    private final boolean demo;

    public PublicRoutes(Posts posts, Programmes programmes, PublicStatistics statistics, SiteSettings settings,
                        Templates templates, boolean demo) {
        this.posts = posts;
        this.programmes = programmes;
        this.statistics = statistics;
        this.settings = settings;
        this.templates = templates;
        this.demo = demo;
    }

    @Override
    public void routes(Router router) {
        router.get("/public/", Permission.PUBLIC, "Public portal: home", this::home);
        router.get("/public/news", Permission.PUBLIC, "Public portal: news board (category, q, page)", this::news);
        router.get("/public/news/{id}", Permission.PUBLIC, "Public portal: a post", this::post);
        router.get("/public/news/{id}/files/{file}", Permission.PUBLIC, "Public portal: a post's file", this::file);
        router.get("/public/programmes/{slug}", Permission.PUBLIC, "Public portal: a programme page", this::programme);
        router.get("/public/statistics", Permission.PUBLIC, "Public portal: aggregate figures (disclosure-gated)",
                this::statistics);
        router.get("/public/feed.atom", Permission.PUBLIC, "Public portal: Atom feed of the news (lang=en|ko)", this::feed);
    }

    private void home(Context ctx) {
        PublicSite site = site(ctx);
        Map<String, Object> model = model(site);
        model.put("latest", posts.latest(6));
        model.put("total", statistics.total(site.lang()));
        templates.renderPublic(ctx, "portal/public-home.jte", model);
    }

    private void news(Context ctx) {
        PublicSite site = site(ctx);
        Optional<PostCategory> category = PostCategory.find(ctx.queryParam("category"));
        Optional<String> query = Optional.ofNullable(ctx.queryParam("q")).map(String::strip)
                .filter(q -> !q.isEmpty()).map(q -> q.length() > 100 ? q.substring(0, 100) : q);
        Page<Post> list = posts.live(category, query, Page.number(ctx.queryParam("page")), Posts.PUBLIC_PAGE_SIZE);
        Map<String, Object> model = model(site);
        model.put("list", list);
        model.put("category", category);
        model.put("query", query.orElse(""));
        model.put("baseQuery", category.map(c -> "category=" + c.code() + "&").orElse("")
                + query.map(q -> "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&").orElse(""));
        templates.renderPublic(ctx, "portal/public-news.jte", model);
    }

    private void post(Context ctx) {
        PublicSite site = site(ctx);
        Post post = posts.read(Ids.parse(ctx.pathParam("id"), "post"));
        Map<String, Object> model = model(site);
        model.put("post", post);
        model.put("text", post.preferred(site.lang()));
        model.put("files", post.attachmentsFor(site.lang()));
        templates.renderPublic(ctx, "portal/public-post.jte", model);
    }

    private void file(Context ctx) {
        UUID post = Ids.parse(ctx.pathParam("id"), "file");
        UUID file = Ids.parse(ctx.pathParam("file"), "file");
        Map.Entry<PostAttachment, byte[]> found = posts.publicFile(post, file);
        PostAttachment attachment = found.getKey();
        ctx.header("Content-Disposition", ContentDisposition.attachment(attachment.fileName()));
        ctx.header("Content-Security-Policy", "default-src 'none'; sandbox");
        ctx.contentType(attachment.mediaType());
        ctx.result(found.getValue());
    }

    private void programme(Context ctx) {
        PublicSite site = site(ctx);
        String slug = ctx.pathParam("slug");
        if (!slug.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw new org.kirok.store.NotFoundException("page");
        }
        ProgrammePage page = programmes.publishedBySlug(slug);
        Map<String, Object> model = model(site);
        model.put("programme", page);
        model.put("text", page.preferred(site.lang()));
        templates.renderPublic(ctx, "portal/public-programme.jte", model);
    }

    private void statistics(Context ctx) {
        PublicSite site = site(ctx);
        Map<String, Object> model = model(site);
        model.put("figures", statistics.page(site.lang()));
        templates.renderPublic(ctx, "portal/public-statistics.jte", model);
    }

    private void feed(Context ctx) {
        PublicSite site = site(ctx);
        String base = ctx.scheme() + "://" + ctx.host();
        ctx.contentType("application/atom+xml; charset=utf-8");
        ctx.result(AtomFeed.write(base, site, posts.latest(30)));
    }

    private Map<String, Object> model(PublicSite site) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        return model;
    }

    /** The reader's language: ?lang= (remembered in a cookie), else the cookie, else the browser's preference. */
    private PublicSite site(Context ctx) {
        String asked = ctx.queryParam("lang");
        String language;
        if (asked != null && Messages.LANGUAGES.contains(asked)) {
            language = asked;
            Cookies.set(ctx, Cookies.LANGUAGE, language, 365 * 24 * 3600);
        } else {
            language = Templates.language(ctx);
        }
        String query = ctx.queryParamMap().entrySet().stream().filter(e -> !e.getKey().equals("lang"))
                .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .reduce((a, b) -> a + "&" + b).orElse("");
        return new PublicSite(Messages.of(language), settings.siteName(language), programmes.published(),
                ctx.path() + (query.isEmpty() ? "" : "?" + query), demo);
    }
}
