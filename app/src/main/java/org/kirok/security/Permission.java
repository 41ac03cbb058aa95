package org.kirok.security;

import io.javalin.security.RouteRole;

/**
 * What a route requires. Every route declares exactly one; there is no route without one (deny by default).
 * {@link #PUBLIC} needs no login, {@link #AUTHENTICATED} any logged-in user, the rest a role that grants them.
 */
public enum Permission implements RouteRole {
    PUBLIC,
    AUTHENTICATED,
    READ_RECORDS,
    READ_IDENTITY,
    WRITE_RECORDS,
    DELETE_RECORDS,
    IMPORT,
    EXPORT,
    MANAGE_REFERENCE,
    MANAGE_VOCABULARIES,
    MANAGE_USERS,
    MANAGE_SHARING,
    ANALYSE,
    ADVOCACY
}
