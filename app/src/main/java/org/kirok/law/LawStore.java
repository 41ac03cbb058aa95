package org.kirok.law;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.kirok.store.StaleEditException;

/** The SQL of laws, their versions and articles. */
final class LawStore {
    record LawRow(UUID id, String titleEn, Optional<String> titleKo, Optional<String> shortName, String countryCode,
                  Optional<String> notes, Optional<String> externalId, int version) {
    }

    private static final String LAW = "SELECT id, title_en, title_ko, short_name, country_code, notes, external_id, version FROM law";
    private static final String ARTICLE = """
            SELECT a.id, a.law_version_id, l.id AS law_id, l.title_en, l.title_ko, l.short_name, v.label, a.number,
                   a.heading_en, a.heading_ko, a.summary_en, a.summary_ko, a.version
            FROM law_article a JOIN law_version v ON v.id = a.law_version_id JOIN law l ON l.id = v.law_id""";
    private static final String ARTICLE_ORDER =
            " ORDER BY (substring(a.number from '^[0-9]+'))::int NULLS LAST, a.number";

    void insertLaw(Handle handle, UUID id, LawDraft draft) {
        handle.createUpdate("""
                INSERT INTO law (id, title_en, title_ko, short_name, country_code, notes, external_id)
                VALUES (:id, :titleEn, :titleKo, :shortName, :country, :notes, :external)""")
                .bind("id", id).bind("titleEn", draft.titleEn()).bind("titleKo", draft.titleKo().orElse(null))
                .bind("shortName", draft.shortName().orElse(null)).bind("country", draft.countryCode())
                .bind("notes", draft.notes().orElse(null)).bind("external", draft.externalId().orElse(null)).execute();
    }

    void updateLaw(Handle handle, UUID id, int expectedVersion, LawDraft draft) {
        int updated = handle.createUpdate("""
                UPDATE law SET title_en = :titleEn, title_ko = :titleKo, short_name = :shortName, country_code = :country,
                       notes = :notes, external_id = :external, version = version + 1, updated_at = :now
                WHERE id = :id AND version = :expected""")
                .bind("id", id).bind("titleEn", draft.titleEn()).bind("titleKo", draft.titleKo().orElse(null))
                .bind("shortName", draft.shortName().orElse(null)).bind("country", draft.countryCode())
                .bind("notes", draft.notes().orElse(null)).bind("external", draft.externalId().orElse(null))
                .bind("now", Instant.now()).bind("expected", expectedVersion).execute();
        stale(updated, "law", id, expectedVersion);
    }

    void insertVersion(Handle handle, UUID id, UUID lawId, LawVersionDraft draft) {
        handle.createUpdate("INSERT INTO law_version (id, law_id, label, adopted_on, notes) VALUES (:id, :law, :label, :on, :notes)")
                .bind("id", id).bind("law", lawId).bind("label", draft.label()).bind("on", draft.adoptedOn().orElse(null))
                .bind("notes", draft.notes().orElse(null)).execute();
    }

    void updateVersion(Handle handle, UUID id, int expectedVersion, LawVersionDraft draft) {
        int updated = handle.createUpdate("""
                UPDATE law_version SET label = :label, adopted_on = :on, notes = :notes, version = version + 1
                WHERE id = :id AND version = :expected""")
                .bind("id", id).bind("label", draft.label()).bind("on", draft.adoptedOn().orElse(null))
                .bind("notes", draft.notes().orElse(null)).bind("expected", expectedVersion).execute();
        stale(updated, "law version", id, expectedVersion);
    }

    void insertArticle(Handle handle, UUID id, UUID versionId, ArticleDraft draft) {
        handle.createUpdate("""
                INSERT INTO law_article (id, law_version_id, number, heading_en, heading_ko, summary_en, summary_ko)
                VALUES (:id, :version, :number, :headingEn, :headingKo, :summaryEn, :summaryKo)""")
                .bind("id", id).bind("version", versionId).bind("number", draft.number())
                .bind("headingEn", draft.headingEn().orElse(null)).bind("headingKo", draft.headingKo().orElse(null))
                .bind("summaryEn", draft.summaryEn().orElse(null)).bind("summaryKo", draft.summaryKo().orElse(null))
                .execute();
    }

    void updateArticle(Handle handle, UUID id, int expectedVersion, ArticleDraft draft) {
        int updated = handle.createUpdate("""
                UPDATE law_article SET number = :number, heading_en = :headingEn, heading_ko = :headingKo,
                       summary_en = :summaryEn, summary_ko = :summaryKo, version = version + 1
                WHERE id = :id AND version = :expected""")
                .bind("id", id).bind("number", draft.number())
                .bind("headingEn", draft.headingEn().orElse(null)).bind("headingKo", draft.headingKo().orElse(null))
                .bind("summaryEn", draft.summaryEn().orElse(null)).bind("summaryKo", draft.summaryKo().orElse(null))
                .bind("expected", expectedVersion).execute();
        stale(updated, "article", id, expectedVersion);
    }

    private static void stale(int updated, String entity, UUID id, int expectedVersion) {
        if (updated != 1) {
            throw new StaleEditException(entity, id, expectedVersion);
        }
    }

    Optional<LawRow> law(Handle handle, UUID id) {
        return handle.createQuery(LAW + " WHERE id = :id").bind("id", id).map(LawStore::mapLaw).findOne();
    }

    Optional<UUID> lawIdByExternalId(Handle handle, String externalId) {
        return handle.createQuery("SELECT id FROM law WHERE external_id = :e").bind("e", externalId).mapTo(UUID.class).findOne();
    }

    List<LawRow> laws(Handle handle, Optional<String> text, int offset, int limit) {
        var query = handle.createQuery(LAW + text.map(t -> " WHERE " + MATCH).orElse("")
                + " ORDER BY title_en, id LIMIT :limit OFFSET :offset").bind("limit", limit).bind("offset", offset);
        text.ifPresent(t -> query.bind("like", like(t)));
        return query.map(LawStore::mapLaw).list();
    }

    private static final String MATCH = "(title_en ILIKE :like OR title_ko ILIKE :like OR short_name ILIKE :like)";

    long count(Handle handle, Optional<String> text) {
        var query = handle.createQuery("SELECT count(*) FROM law" + text.map(t -> " WHERE " + MATCH).orElse(""));
        text.ifPresent(t -> query.bind("like", like(t)));
        return query.mapTo(Long.class).one();
    }

    private static String like(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    record VersionRow(UUID id, UUID lawId, String label, Optional<LocalDate> adoptedOn, Optional<String> notes, int version) {
    }

    List<VersionRow> versions(Handle handle, UUID lawId) {
        return handle.createQuery("""
                SELECT id, law_id, label, adopted_on, notes, version FROM law_version WHERE law_id = :law
                ORDER BY adopted_on NULLS LAST, label""").bind("law", lawId)
                .map((rs, ctx) -> new VersionRow(rs.getObject("id", UUID.class), rs.getObject("law_id", UUID.class),
                        rs.getString("label"), Optional.ofNullable(rs.getObject("adopted_on", LocalDate.class)),
                        Optional.ofNullable(rs.getString("notes")), rs.getInt("version"))).list();
    }

    Optional<VersionRow> version(Handle handle, UUID id) {
        return handle.createQuery("SELECT id, law_id, label, adopted_on, notes, version FROM law_version WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new VersionRow(rs.getObject("id", UUID.class), rs.getObject("law_id", UUID.class),
                        rs.getString("label"), Optional.ofNullable(rs.getObject("adopted_on", LocalDate.class)),
                        Optional.ofNullable(rs.getString("notes")), rs.getInt("version"))).findOne();
    }

    Optional<UUID> versionId(Handle handle, UUID lawId, String label) {
        return handle.createQuery("SELECT id FROM law_version WHERE law_id = :law AND label = :label")
                .bind("law", lawId).bind("label", label).mapTo(UUID.class).findOne();
    }

    List<LawArticle> articles(Handle handle, UUID lawId) {
        return handle.createQuery(ARTICLE + " WHERE l.id = :law" + ARTICLE_ORDER).bind("law", lawId)
                .map(LawStore::mapArticle).list();
    }

    Optional<LawArticle> article(Handle handle, UUID id) {
        return handle.createQuery(ARTICLE + " WHERE a.id = :id").bind("id", id).map(LawStore::mapArticle).findOne();
    }

    Optional<UUID> articleId(Handle handle, UUID versionId, String number) {
        return handle.createQuery("SELECT id FROM law_article WHERE law_version_id = :v AND number = :n")
                .bind("v", versionId).bind("n", number).mapTo(UUID.class).findOne();
    }

    /** Articles whose law title, short name or heading contains the text. */
    List<LawArticle> searchArticles(Handle handle, String text, int limit) {
        return handle.createQuery(ARTICLE + " WHERE l.title_en ILIKE :like OR l.title_ko ILIKE :like"
                        + " OR l.short_name ILIKE :like OR a.heading_en ILIKE :like OR a.heading_ko ILIKE :like"
                        + LOOKUP_ORDER + " LIMIT :limit")
                .bind("like", like(text)).bind("limit", limit).map(LawStore::mapArticle).list();
    }

    /** Every article with this number, across laws and versions. */
    List<LawArticle> articlesNumbered(Handle handle, String number, int limit) {
        return handle.createQuery(ARTICLE + " WHERE lower(a.number) = lower(:number)" + LOOKUP_ORDER + " LIMIT :limit")
                .bind("number", number).bind("limit", limit).map(LawStore::mapArticle).list();
    }

    private static final String LOOKUP_ORDER =
            " ORDER BY l.title_en, v.adopted_on NULLS LAST, (substring(a.number from '^[0-9]+'))::int NULLS LAST, a.number";

    private static LawRow mapLaw(ResultSet rs, StatementContext ctx) throws SQLException {
        return new LawRow(rs.getObject("id", UUID.class), rs.getString("title_en"),
                Optional.ofNullable(rs.getString("title_ko")), Optional.ofNullable(rs.getString("short_name")),
                rs.getString("country_code"), Optional.ofNullable(rs.getString("notes")),
                Optional.ofNullable(rs.getString("external_id")), rs.getInt("version"));
    }

    private static LawArticle mapArticle(ResultSet rs, StatementContext ctx) throws SQLException {
        return new LawArticle(rs.getObject("id", UUID.class), rs.getObject("law_version_id", UUID.class),
                rs.getObject("law_id", UUID.class), rs.getString("title_en"), Optional.ofNullable(rs.getString("title_ko")),
                Optional.ofNullable(rs.getString("short_name")), rs.getString("label"), rs.getString("number"),
                Optional.ofNullable(rs.getString("heading_en")), Optional.ofNullable(rs.getString("heading_ko")),
                Optional.ofNullable(rs.getString("summary_en")), Optional.ofNullable(rs.getString("summary_ko")),
                rs.getInt("version"));
    }
}
