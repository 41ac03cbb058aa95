package org.kirok.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
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

    /**
     * The fields of a search index document that carry a record's access facts: its confidentiality code, its owning
     * organisation's id ({@code noOrganisation} for none), the kind of record as agreements name it ("acts") and the
     * record's date as {@link RecordKind#dateSql} defines it (epoch day, a {@code LongPoint}).
     */
    public record IndexFields(String confidentiality, String organisation, String noOrganisation, String kind,
                              String date) {
    }

    /**
     * The same rules as {@link #visibleSql} as a Lucene filter for the search index, which adds it to every query so
     * that totals, facet counts and snippets are computed over readable records only. A partner's active
     * data-sharing agreements are read now, as {@code visibleSql} reads them in each query.
     */
    public Query visibleQuery(User user, IndexFields fields) {
        if (!user.may(Permission.READ_RECORDS)) {
            return new MatchNoDocsQuery("no permission to read records");
        }
        Query org = user.organisationId()
                .<Query>map(id -> new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(fields.organisation(), fields.noOrganisation())), Occur.SHOULD)
                        .add(new TermQuery(new Term(fields.organisation(), id.toString())), Occur.SHOULD).build())
                .orElseGet(MatchAllDocsQuery::new);
        BooleanQuery.Builder visible = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(fields.confidentiality(), Confidentiality.PUBLIC.code())), Occur.SHOULD);
        if (isStaff(user)) {
            visible.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(fields.confidentiality(), Confidentiality.INTERNAL.code())), Occur.FILTER)
                    .add(org, Occur.FILTER).build(), Occur.SHOULD);
        }
        if (seesRestricted(user)) {
            visible.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(fields.confidentiality(), Confidentiality.RESTRICTED.code())), Occur.FILTER)
                    .add(org, Occur.FILTER).build(), Occur.SHOULD);
        }
        if (isPartner(user) && user.organisationId().isPresent() && jdbi.isPresent()) {
            record Agreement(List<String> kinds, Optional<UUID> grantor, Optional<LocalDate> from) {
            }
            List<Agreement> agreements = jdbi.get().withHandle(handle -> handle.createQuery("""
                    SELECT kinds, grantor_org_id, records_from FROM sharing_agreement
                    WHERE partner_org_id = :partner AND revoked_at IS NULL""")
                    .bind("partner", user.organisationId().get())
                    .map((rs, ctx) -> new Agreement(List.of((String[]) rs.getArray(1).getArray()),
                            Optional.ofNullable(rs.getObject(2, UUID.class)),
                            Optional.ofNullable(rs.getObject(3, LocalDate.class))))
                    .list());
            for (Agreement agreement : agreements) {
                BooleanQuery.Builder kinds = new BooleanQuery.Builder();
                agreement.kinds().forEach(kind -> kinds.add(new TermQuery(new Term(fields.kind(), kind)), Occur.SHOULD));
                BooleanQuery.Builder granted = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(fields.confidentiality(), Confidentiality.INTERNAL.code())), Occur.FILTER)
                        .add(kinds.build(), Occur.FILTER)
                        .add(new TermQuery(new Term(fields.organisation(), agreement.grantor().map(UUID::toString)
                                .orElse(fields.noOrganisation()))), Occur.FILTER);
                agreement.from().ifPresent(from -> granted.add(LongPoint.newRangeQuery(fields.date(), from.toEpochDay(),
                        Long.MAX_VALUE), Occur.FILTER));
                visible.add(granted.build(), Occur.SHOULD);
            }
        }
        return visible.build();
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
