package org.kirok.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import org.kirok.security.Permission;

/**
 * The only way features register routes: every route names the permission it requires, so none can be added
 * without an access decision, and every route is listed for the authorization matrix and the OpenAPI document.
 * The permission itself is enforced by {@link Guard} before the handler runs.
 */
public final class Router {
    private final RoutesConfig routes;
    private final List<RouteInfo> registered = new ArrayList<>();

    Router(RoutesConfig routes) {
        this.routes = routes;
    }

    public Router get(String path, Permission permission, String summary, Handler handler) {
        registered.add(new RouteInfo("GET", path, permission, summary));
        routes.get(path, handler, permission);
        return this;
    }

    public Router post(String path, Permission permission, String summary, Handler handler) {
        registered.add(new RouteInfo("POST", path, permission, summary));
        routes.post(path, handler, permission);
        return this;
    }

    public Router put(String path, Permission permission, String summary, Handler handler) {
        registered.add(new RouteInfo("PUT", path, permission, summary));
        routes.put(path, handler, permission);
        return this;
    }

    public Router delete(String path, Permission permission, String summary, Handler handler) {
        registered.add(new RouteInfo("DELETE", path, permission, summary));
        routes.delete(path, handler, permission);
        return this;
    }

    public List<RouteInfo> registered() {
        return List.copyOf(registered);
    }
}
