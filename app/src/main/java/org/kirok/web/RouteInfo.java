package org.kirok.web;

import org.kirok.security.Permission;

/** A registered route: what the authorization matrix and the OpenAPI document are built from. */
public record RouteInfo(String method, String path, Permission permission, String summary) {
}
