package org.kirok.portal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.kirok.store.StaleEditException;

/** The SQL of posts, their language versions and their files. */
final class PostStore {
    /** A post is public from its publication time on, until it is withdrawn. */
    static final String LIVE = "p.publish_at IS NOT NULL AND p.publish_at <= :now AND p.withdrawn_at IS NULL";

    void insert(Handle handle, UUID id, PostCategory category, Optional<UUID> createdBy) {
        handle.createUpdate("INSERT INTO portal_post (id, category, created_by) VALUES (:id, :category, :by)")
                .bind("id", id).bind("category", category.code()).bind("by", createdBy.orElse(null)).execute();
    }

    void update(Handle handle, UUID id, PostCategory category, int expectedVersion) {
        int updated = handle.createUpdate("""
                UPDATE portal_post SET category = :category, version = version + 1, updated_at = now()
                WHERE id = :id AND version = :expected""")
                .bind("id", id).bind("category", category.code()).bind("expected", expectedVersion).execute();
        if (updated != 1) {
            throw new StaleEditException("post", id.toString(), expectedVersion);
        }
    }

    void replaceTexts(Handle handle, UUID postId, List<PostText> texts) {
        handle.createUpdate("DELETE FROM portal_post_text WHERE post_id = :id").bind("id", postId).execute();
        for (PostText text : texts) {
            handle.createUpdate("""
                    INSERT INTO portal_post_text (post_id, language, title, summary, body_markdown, body_html)
                    VALUES (:post, :language, :title, :summary, :markdown, :html)""")
                    .bind("post", postId).bind("language", text.language()).bind("title", text.title())
                    .bind("summary", text.summary().orElse(null)).bind("markdown", text.markdown())
                    .bind("html", text.html()).execute();
        }
    }

    void schedule(Handle handle, UUID id, Optional<Instant> publishAt) {
        handle.createUpdate("""
                UPDATE portal_post SET publish_at = :at, withdrawn_at = NULL, version = version + 1, updated_at = now()
                WHERE id = :id""").bind("id", id).bind("at", publishAt.orElse(null)).execute();
    }

    void withdraw(Handle handle, UUID id) {
        handle.createUpdate("""
                UPDATE portal_post SET withdrawn_at = now(), version = version + 1, updated_at = now() WHERE id = :id""")
                .bind("id", id).execute();
    }

    void countView(Handle handle, UUID id) {
        handle.createUpdate("UPDATE portal_post SET view_count = view_count + 1 WHERE id = :id").bind("id", id).execute();
    }

    Optional<Post> find(Handle handle, UUID id, boolean liveOnly) {
        List<UUID> ids = handle.createQuery("SELECT p.id FROM portal_post p WHERE p.id = :id" + (liveOnly ? " AND " + LIVE : ""))
                .bind("id", id).bind("now", Instant.now()).mapTo(UUID.class).list();
        return load(handle, ids).stream().findFirst();
    }

    /** Live posts, newest first, optionally of one category and containing a text (in either language). */
    List<Post> live(Handle handle, Optional<PostCategory> category, Optional<String> query, int offset, int limit) {
        var select = handle.createQuery("SELECT p.id FROM portal_post p WHERE " + LIVE + filters(category, query)
                + " ORDER BY p.publish_at DESC, p.id LIMIT :limit OFFSET :offset");
        bindFilters(select, category, query).bind("now", Instant.now()).bind("limit", limit).bind("offset", offset);
        return load(handle, select.mapTo(UUID.class).list());
    }

    long countLive(Handle handle, Optional<PostCategory> category, Optional<String> query) {
        var select = handle.createQuery("SELECT count(*) FROM portal_post p WHERE " + LIVE + filters(category, query));
        return bindFilters(select, category, query).bind("now", Instant.now()).mapTo(Long.class).one();
    }

    /** Every post for the editors, the most recently changed first. */
    List<Post> all(Handle handle, int offset, int limit) {
        return load(handle, handle.createQuery("SELECT id FROM portal_post ORDER BY updated_at DESC, id LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).mapTo(UUID.class).list());
    }

    long countAll(Handle handle) {
        return handle.createQuery("SELECT count(*) FROM portal_post").mapTo(Long.class).one();
    }

    private static String filters(Optional<PostCategory> category, Optional<String> query) {
        return category.map(c -> " AND p.category = :category").orElse("")
                + query.map(q -> " AND EXISTS (SELECT 1 FROM portal_post_text t WHERE t.post_id = p.id AND "
                + "(t.title ILIKE :q ESCAPE '\\' OR t.summary ILIKE :q ESCAPE '\\' OR t.body_markdown ILIKE :q ESCAPE '\\'))").orElse("");
    }

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindFilters(S statement,
            Optional<PostCategory> category, Optional<String> query) {
        category.ifPresent(c -> statement.bind("category", c.code()));
        query.ifPresent(q -> statement.bind("q", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"));
        return statement;
    }

    private List<Post> load(Handle handle, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PostText>> texts = handle.createQuery("""
                SELECT post_id, language, title, summary, body_markdown, body_html FROM portal_post_text
                WHERE post_id = ANY(:ids) ORDER BY language""")
                .bindArray("ids", UUID.class, ids)
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), new PostText(rs.getString(2), rs.getString(3),
                        Optional.ofNullable(rs.getString(4)), rs.getString(5), rs.getString(6))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<UUID, List<PostAttachment>> files = handle.createQuery("""
                SELECT id, post_id, language, file_name, media_type, size_bytes, sha256 FROM portal_attachment
                WHERE post_id = ANY(:ids) ORDER BY created_at, file_name""")
                .bindArray("ids", UUID.class, ids)
                .map((rs, ctx) -> new PostAttachment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        Optional.ofNullable(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getLong(6),
                        HexFormat.of().formatHex(rs.getBytes(7))))
                .list().stream().collect(Collectors.groupingBy(PostAttachment::postId));
        Map<UUID, Post> posts = handle.createQuery("""
                SELECT id, category, publish_at, withdrawn_at, view_count, version, updated_at FROM portal_post
                WHERE id = ANY(:ids)""")
                .bindArray("ids", UUID.class, ids)
                .map((rs, ctx) -> {
                    UUID id = rs.getObject(1, UUID.class);
                    return new Post(id, PostCategory.parse(rs.getString(2)),
                            Optional.ofNullable(rs.getTimestamp(3)).map(java.sql.Timestamp::toInstant),
                            Optional.ofNullable(rs.getTimestamp(4)).map(java.sql.Timestamp::toInstant), rs.getLong(5),
                            texts.getOrDefault(id, List.of()), files.getOrDefault(id, List.of()), rs.getInt(6),
                            rs.getTimestamp(7).toInstant());
                })
                .list().stream().collect(Collectors.toMap(Post::id, p -> p));
        List<Post> ordered = new ArrayList<>();
        ids.stream().map(posts::get).filter(p -> p != null && !p.texts().isEmpty()).forEach(ordered::add);
        return ordered;
    }

    void insertFile(Handle handle, PostAttachment file, byte[] content, Optional<UUID> createdBy) {
        handle.createUpdate("""
                INSERT INTO portal_attachment (id, post_id, language, file_name, media_type, size_bytes, sha256, content, created_by)
                VALUES (:id, :post, :language, :name, :type, :size, :sha, :content, :by)""")
                .bind("id", file.id()).bind("post", file.postId()).bind("language", file.language().orElse(null))
                .bind("name", file.fileName()).bind("type", file.mediaType()).bind("size", file.size())
                .bind("sha", HexFormat.of().parseHex(file.sha256())).bind("content", content)
                .bind("by", createdBy.orElse(null)).execute();
    }

    /** A file's bytes with its stored SHA-256, if it belongs to this post. */
    Optional<Map.Entry<PostAttachment, byte[]>> file(Handle handle, UUID postId, UUID fileId) {
        return handle.createQuery("""
                SELECT id, post_id, language, file_name, media_type, size_bytes, sha256, content FROM portal_attachment
                WHERE id = :id AND post_id = :post""")
                .bind("id", fileId).bind("post", postId)
                .map((rs, ctx) -> Map.entry(new PostAttachment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        Optional.ofNullable(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getLong(6),
                        HexFormat.of().formatHex(rs.getBytes(7))), rs.getBytes(8)))
                .findOne();
    }

    int deleteFile(Handle handle, UUID postId, UUID fileId) {
        return handle.createUpdate("DELETE FROM portal_attachment WHERE id = :id AND post_id = :post")
                .bind("id", fileId).bind("post", postId).execute();
    }
}
