package org.kirok.security;

import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.store.Confidentiality;

/**
 * Which records a user may see and whose identities: the one place where record-level access is decided, for
 * pages, the API, exports, search and reports alike. Deny by default.
 * <ul>
 *   <li>Public records: anyone who may read records.</li>
 *   <li>Internal: staff of the owning organisation (records and users without an organisation belong to the
 *       installation's own).</li>
 *   <li>Restricted: only the roles that handle sensitive cases, of the owning organisation.</li>
 *   <li>Partners: public records, and the internal records an active data-sharing agreement grants them — of
 *       the kinds it names, owned by the granting organisation, dated on or after its start; never restricted
 *       records. Identities only under an agreement that is not pseudonymous.</li>
 * </ul>
 * Thread-safe.
 */
public final class AccessPolicy {
    private final Optional<Jdbi> jdbi;

    /** A policy without data-sharing agreements (partners then see public records only). */
    public AccessPolicy() {
        this.jdbi = Optional.empty();
    }

    public AccessPolicy(Jdbi jdbi) {
        this.jdbi = Optional.of(jdbi);
    }

    public boolean canRead(User user, Optional<UUID> recordOrganisation, Confidentiality confidentiality) {
        if (!user.may(Permission.READ_RECORDS)) {
            return false;
        }
        return switch (confidentiality) {
            case PUBLIC -> true;
            case INTERNAL -> isStaff(user) && sameOrganisation(user, recordOrganisation);
            case RESTRICTED -> seesRestricted(user) && sameOrganisation(user, recordOrganisation);
        };
    }

    /** Whether the user may see identity fields at all (names, contacts, exact birth dates, transcripts). */
    public boolean canReadIdentity(User user) {
        return user.may(Permission.READ_IDENTITY) || (isPartner(user) && partnerIdentities(user, Optional.empty()));
    }

    /** Whether the user may see the identity fields of a record owned by this organisation. */
    public boolean canReadIdentity(User user, Optional<UUID> recordOrganisation) {
        return user.may(Permission.READ_IDENTITY) || (isPartner(user) && partnerIdentities(user, Optional.of(recordOrganisation)));
    }

    /** A second factor is needed by whoever can read identities (NIST 800-63B AAL2). */
    public boolean needsSecondFactor(User user) {
        return canReadIdentity(user);
    }

    /** {@link #visibleSql(User, String, RecordKind)} for the conventional aliases p, a, e, s. */
    public String visibleSql(User user, String alias) {
        return visibleSql(user, alias, RecordKind.ofAlias(alias));
    }

    /**
     * The same rules as an SQL predicate over {@code alias.confidentiality}, {@code alias.organisation_id} and the
     * record's date. Only enum names and UUIDs are inlined, never free text.
     */
    public String visibleSql(User user, String alias, RecordKind kind) {
        if (!alias.matches("[a-z_]{1,20}")) {
            throw new IllegalArgumentException("bad alias: " + alias);
        }
        if (!user.may(Permission.READ_RECORDS)) {
            return "FALSE";
        }
        StringBuilder sql = new StringBuilder("(" + alias + ".confidentiality = 'public'");
        String org = user.organisationId()
                .map(id -> "(" + alias + ".organisation_id IS NULL OR " + alias + ".organisation_id = '" + id + "'::uuid)")
                .orElse("TRUE");
        if (isStaff(user)) {
            sql.append(" OR (").append(alias).append(".confidentiality = 'internal' AND ").append(org).append(")");
        }
        if (seesRestricted(user)) {
            sql.append(" OR (").append(alias).append(".confidentiality = 'restricted' AND ").append(org).append(")");
        }
        if (isPartner(user) && user.organisationId().isPresent()) {
            sql.append(" OR (").append(alias).append(".confidentiality = 'internal' AND ")
                    .append(agreementSql(user.organisationId().get(), alias, kind)).append(")");
        }
        return sql.append(")").toString();
    }

    private static String agreementSql(UUID partner, String alias, RecordKind kind) {
        String kindTest = kind == RecordKind.SOURCES
                ? "(CASE WHEN " + alias + ".kind = 'testimony' THEN 'testimonies' ELSE 'documents' END) = ANY(g.kinds)"
                : "'" + kind.code() + "' = ANY(g.kinds)";
        return "EXISTS (SELECT 1 FROM sharing_agreement g WHERE g.partner_org_id = '" + partner + "'::uuid"
                + " AND g.revoked_at IS NULL AND " + kindTest
                + " AND (g.grantor_org_id IS NOT DISTINCT FROM " + alias + ".organisation_id)"
                + " AND (g.records_from IS NULL OR " + kind.dateSql(alias) + " >= g.records_from))";
    }

    private boolean partnerIdentities(User user, Optional<Optional<UUID>> recordOrganisation) {
        if (jdbi.isEmpty() || user.organisationId().isEmpty()) {
            return false;
        }
        return jdbi.get().withHandle(handle -> handle.createQuery("""
                SELECT EXISTS (SELECT 1 FROM sharing_agreement g WHERE g.partner_org_id = :partner
                  AND g.revoked_at IS NULL AND NOT g.pseudonymous AND 'persons' = ANY(g.kinds)
                  AND (:any OR g.grantor_org_id IS NOT DISTINCT FROM CAST(:grantor AS uuid)))""")
                .bind("partner", user.organisationId().get())
                .bind("any", recordOrganisation.isEmpty())
                .bind("grantor", recordOrganisation.flatMap(o -> o).orElse(null))
                .mapTo(Boolean.class).one());
    }

    private static boolean isPartner(User user) {
        return user.role() == Role.PARTNER;
    }

    private static boolean isStaff(User user) {
        return user.role() != Role.PARTNER;
    }

    private static boolean seesRestricted(User user) {
        return user.role() == Role.ADMIN || user.role() == Role.COORDINATOR || user.role() == Role.CODER;
    }

    private static boolean sameOrganisation(User user, Optional<UUID> recordOrganisation) {
        return user.organisationId().isEmpty() || recordOrganisation.isEmpty()
                || user.organisationId().equals(recordOrganisation);
    }
}
