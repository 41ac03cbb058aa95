package org.kirok.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.kirok.security.Permission;
import org.kirok.security.SessionStore;
import org.kirok.security.TokenStore;
import org.kirok.security.UserStore;

/**
 * The HTTP server: security headers on every answer, the {@link Guard} before every route, error mapping,
 * static assets, and the routes of every feature. Binds to 127.0.0.1 unless told otherwise.
 */
public final class WebServer implements AutoCloseable {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    private final Javalin javalin;
    private final List<RouteInfo> routes;

    private WebServer(Javalin javalin, List<RouteInfo> routes) {
        this.javalin = javalin;
        this.routes = routes;
    }

    /** Everything the server needs from the rest of the system. */
    public record Dependencies(Jdbi jdbi, UserStore users, SessionStore sessions, TokenStore tokens,
                               org.kirok.security.AccessPolicy access, Templates templates, List<Feature> features) {
    }

    public static WebServer start(String host, int port, Dependencies deps) {
        Guard guard = new Guard(deps.jdbi(), deps.users(), deps.sessions(), deps.tokens(), deps.access());
        ErrorMapping errors = new ErrorMapping(deps.templates());
        List<RouteInfo> registered = new ArrayList<>();
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.http.maxRequestSize = 64L * 1024 * 1024;
            // uploads (import files, attachments) hold identities: never let the container spool them to disk
            config.jetty.multipartConfig.maxInMemoryFileSize(64, io.javalin.config.SizeUnit.MB);
            config.jetty.multipartConfig.maxFileSize(64, io.javalin.config.SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(65, io.javalin.config.SizeUnit.MB);
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.roles = Set.of(Permission.PUBLIC);
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/webjars";
                files.directory = "/META-INF/resources/webjars";
                files.location = Location.CLASSPATH;
                files.roles = Set.of(Permission.PUBLIC);
            });
            config.routes.before(WebServer::securityHeaders);
            config.routes.beforeMatched(guard::check);
            errors.register(config.routes);
            Router router = new Router(config.routes);
            deps.features().forEach(feature -> feature.routes(router));
            registered.addAll(router.registered());
        });
        javalin.start(host, port);
        return new WebServer(javalin, List.copyOf(registered));
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (Cookies.isHttps(ctx)) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
        if (!ctx.path().startsWith("/static/") && !ctx.path().startsWith("/webjars/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    public int port() {
        return javalin.port();
    }

    public List<RouteInfo> routes() {
        return routes;
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
