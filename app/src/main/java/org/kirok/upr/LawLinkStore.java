package org.kirok.upr;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL of links between recommendations and laws, and of the acts that invoke a law's articles. */
final class LawLinkStore {
    private static final String SELECT = """
            SELECT k.id, k.recommendation_id, k.law_id, l.title_en, l.title_ko, k.article_id, a.number, v.label
            FROM upr_recommendation_law k JOIN law l ON l.id = k.law_id
            LEFT JOIN law_article a ON a.id = k.article_id LEFT JOIN law_version v ON v.id = a.law_version_id""";

    List<LawLink> ofRecommendation(Handle handle, UUID recommendation) {
        return handle.createQuery(SELECT + " WHERE k.recommendation_id = :r ORDER BY l.title_en, a.number")
                .bind("r", recommendation).map(LawLinkStore::map).list();
    }

    List<LawLink> ofLaw(Handle handle, UUID law) {
        return handle.createQuery(SELECT + " WHERE k.law_id = :l ORDER BY a.number NULLS FIRST, k.created_at")
                .bind("l", law).map(LawLinkStore::map).list();
    }

    Optional<LawLink> one(Handle handle, UUID id) {
        return handle.createQuery(SELECT + " WHERE k.id = :id").bind("id", id).map(LawLinkStore::map).findOne();
    }

    boolean lawExists(Handle handle, UUID law) {
        return handle.createQuery("SELECT EXISTS (SELECT 1 FROM law WHERE id = :l)").bind("l", law)
                .mapTo(Boolean.class).one();
    }

    /** The law an article belongs to. */
    Optional<UUID> lawOfArticle(Handle handle, UUID article) {
        return handle.createQuery("SELECT v.law_id FROM law_article a JOIN law_version v ON v.id = a.law_version_id "
                + "WHERE a.id = :a").bind("a", article).mapTo(UUID.class).findOne();
    }

    /** Inserts the link unless it exists; returns whether it was new. */
    boolean insert(Handle handle, UUID id, UUID recommendation, UUID law, Optional<UUID> article) {
        return handle.createUpdate("""
                INSERT INTO upr_recommendation_law (id, recommendation_id, law_id, article_id)
                VALUES (:id, :r, :l, :a) ON CONFLICT DO NOTHING""")
                .bind("id", id).bind("r", recommendation).bind("l", law).bind("a", article.orElse(null))
                .execute() == 1;
    }

    void delete(Handle handle, UUID id) {
        handle.createUpdate("DELETE FROM upr_recommendation_law WHERE id = :id").bind("id", id).execute();
    }

    /** Acts the user may see that invoke each article of the law as their legal basis. */
    List<LawLinks.ArticleActs> actsPerArticle(Handle handle, UUID law, String visibleSql) {
        return handle.createQuery("""
                SELECT r.id, r.number, v.label, count(*) FROM act a
                JOIN law_article r ON r.id = a.legal_basis_id JOIN law_version v ON v.id = r.law_version_id
                WHERE v.law_id = :l AND """ + visibleSql + """
                 GROUP BY r.id, r.number, v.label ORDER BY v.label, (substring(r.number from '^[0-9]+'))::int NULLS LAST""")
                .bind("l", law).map((rs, ctx) -> new LawLinks.ArticleActs(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getLong(4))).list();
    }

    List<LawLinks.LawChoice> laws(Handle handle) {
        return handle.createQuery("SELECT id, title_en, title_ko, short_name FROM law ORDER BY title_en")
                .map((rs, ctx) -> new LawLinks.LawChoice(rs.getObject(1, UUID.class), rs.getString(2),
                        Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)))).list();
    }

    private static LawLink map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new LawLink(rs.getObject("id", UUID.class), rs.getObject("recommendation_id", UUID.class),
                rs.getObject("law_id", UUID.class), rs.getString("title_en"), Optional.ofNullable(rs.getString("title_ko")),
                Optional.ofNullable(rs.getObject("article_id", UUID.class)), Optional.ofNullable(rs.getString("number")),
                Optional.ofNullable(rs.getString("label")));
    }
}
