package org.kirok.security;

import java.util.Optional;
import java.util.UUID;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.kirok.store.Confidentiality;

/**
 * Which records a user may see: the one place where record-level access is decided, for pages, the API,
 * exports and search alike. Public records: anyone who may read records. Internal: staff of the owning
 * organisation (records and users without an organisation belong to the installation's own). Restricted: only
 * the roles that handle sensitive cases. Partners see public records only; the data-sharing agreements of the
 * security work widen that per agreement. Thread-safe, stateless.
 */
public final class AccessPolicy {

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

    /** Whether the user may see identity fields (names, contacts, exact birth dates, transcripts). */
    public boolean canReadIdentity(User user) {
        return user.may(Permission.READ_IDENTITY);
    }

    /**
     * The same rule as {@link #canRead} as an SQL predicate over {@code alias.confidentiality} and
     * {@code alias.organisation_id}. Only enum names and a UUID are inlined, never free text.
     */
    public String visibleSql(User user, String alias) {
        if (!alias.matches("[a-z_]{1,20}")) {
            throw new IllegalArgumentException("bad alias: " + alias);
        }
        if (!user.may(Permission.READ_RECORDS)) {
            return "FALSE";
        }
        String org = user.organisationId()
                .map(id -> "(" + alias + ".organisation_id IS NULL OR " + alias + ".organisation_id = '" + id + "'::uuid)")
                .orElse("TRUE");
        StringBuilder sql = new StringBuilder("(" + alias + ".confidentiality = 'public'");
        if (isStaff(user)) {
            sql.append(" OR (").append(alias).append(".confidentiality = 'internal' AND ").append(org).append(")");
        }
        if (seesRestricted(user)) {
            sql.append(" OR (").append(alias).append(".confidentiality = 'restricted' AND ").append(org).append(")");
        }
        return sql.append(")").toString();
    }

    /**
     * The same rule as {@link #canRead} as a Lucene filter for the search index, whose documents carry the record's
     * confidentiality code in {@code confidentialityField} and its organisation id in {@code organisationField}
     * ({@code noOrganisation} for records without one). Search adds it to every query, so totals, facet counts and
     * snippets are computed over readable records only.
     */
    public Query visibleQuery(User user, String confidentialityField, String organisationField, String noOrganisation) {
        if (!user.may(Permission.READ_RECORDS)) {
            return new MatchNoDocsQuery("no permission to read records");
        }
        Query org = user.organisationId()
                .<Query>map(id -> new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(organisationField, noOrganisation)), Occur.SHOULD)
                        .add(new TermQuery(new Term(organisationField, id.toString())), Occur.SHOULD).build())
                .orElseGet(MatchAllDocsQuery::new);
        BooleanQuery.Builder visible = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(confidentialityField, Confidentiality.PUBLIC.code())), Occur.SHOULD);
        if (isStaff(user)) {
            visible.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(confidentialityField, Confidentiality.INTERNAL.code())), Occur.FILTER)
                    .add(org, Occur.FILTER).build(), Occur.SHOULD);
        }
        if (seesRestricted(user)) {
            visible.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(confidentialityField, Confidentiality.RESTRICTED.code())), Occur.FILTER)
                    .add(org, Occur.FILTER).build(), Occur.SHOULD);
        }
        return visible.build();
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
