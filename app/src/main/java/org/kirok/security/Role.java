package org.kirok.security;

import static org.kirok.security.Permission.ADVOCACY;
import static org.kirok.security.Permission.ANALYSE;
import static org.kirok.security.Permission.DELETE_RECORDS;
import static org.kirok.security.Permission.EXPORT;
import static org.kirok.security.Permission.IMPORT;
import static org.kirok.security.Permission.MANAGE_REFERENCE;
import static org.kirok.security.Permission.MANAGE_SHARING;
import static org.kirok.security.Permission.MANAGE_USERS;
import static org.kirok.security.Permission.MANAGE_VOCABULARIES;
import static org.kirok.security.Permission.READ_IDENTITY;
import static org.kirok.security.Permission.READ_RECORDS;
import static org.kirok.security.Permission.WRITE_RECORDS;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Staff roles and what each may do. Identity access (names, transcripts) is limited to the roles that record
 * or link people; advocacy staff and partners work from coded, pseudonymous data.
 */
public enum Role {
    ADMIN(EnumSet.complementOf(EnumSet.of(Permission.PUBLIC, Permission.AUTHENTICATED))),
    COORDINATOR(EnumSet.of(READ_RECORDS, READ_IDENTITY, WRITE_RECORDS, DELETE_RECORDS, IMPORT, EXPORT,
            MANAGE_REFERENCE, MANAGE_VOCABULARIES, MANAGE_SHARING, ANALYSE, ADVOCACY)),
    CODER(EnumSet.of(READ_RECORDS, READ_IDENTITY, WRITE_RECORDS, IMPORT, EXPORT, MANAGE_REFERENCE)),
    ANALYST(EnumSet.of(READ_RECORDS, READ_IDENTITY, EXPORT, ANALYSE)),
    ADVOCACY_OFFICER(EnumSet.of(READ_RECORDS, EXPORT, ADVOCACY)),
    PARTNER(EnumSet.of(READ_RECORDS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = EnumSet.copyOf(permissions);
    }

    public boolean grants(Permission permission) {
        return permission == Permission.PUBLIC || permission == Permission.AUTHENTICATED
                || permissions.contains(permission);
    }

    /** The code stored in the database and shown in the API. */
    public String code() {
        return this == ADVOCACY_OFFICER ? "advocacy" : name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String code) {
        for (Role role : values()) {
            if (role.code().equalsIgnoreCase(code.strip())) {
                return role;
            }
        }
        throw new org.kirok.store.InvalidInputException("role", "unknown role '" + code
                + "' (admin, coordinator, coder, analyst, advocacy, partner)");
    }
}
