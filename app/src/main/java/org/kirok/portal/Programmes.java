package org.kirok.portal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.store.ConflictException;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.store.StaleEditException;

/** Programme pages that editors maintain and the portal shows in its menu; every change audited. Thread-safe. */
public final class Programmes {
    private final Jdbi jdbi;
    private final AuditLog audit;

    public Programmes(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    public UUID create(String slug, int sortOrder, boolean published, List<PostText> texts, Actor actor) {
        checkSlug(slug);
        requireText(texts);
        UUID id = UUID.randomUUID();
        jdbi.useTransaction(handle -> {
            if (handle.createQuery("SELECT count(*) FROM portal_page WHERE slug = :s").bind("s", slug).mapTo(Integer.class).one() > 0) {
                throw new ConflictException("slug_taken", "a page with the address '" + slug + "' exists already");
            }
            handle.createUpdate("INSERT INTO portal_page (id, slug, sort_order, published) VALUES (:id, :slug, :order, :published)")
                    .bind("id", id).bind("slug", slug).bind("order", sortOrder).bind("published", published).execute();
            replaceTexts(handle, id, texts);
            audit.record(handle, actor, "portal.page.create", "portal_page", id, Map.of("slug", slug, "published", published));
        });
        return id;
    }

    public void update(UUID id, int sortOrder, boolean published, List<PostText> texts, int expectedVersion, Actor actor) {
        requireText(texts);
        jdbi.useTransaction(handle -> {
            int updated = handle.createUpdate("""
                    UPDATE portal_page SET sort_order = :order, published = :published, version = version + 1,
                           updated_at = now() WHERE id = :id AND version = :expected""")
                    .bind("id", id).bind("order", sortOrder).bind("published", published).bind("expected", expectedVersion)
                    .execute();
            if (updated != 1) {
                find(handle, id).orElseThrow(() -> new NotFoundException("page"));
                throw new StaleEditException("page", id.toString(), expectedVersion);
            }
            replaceTexts(handle, id, texts);
            audit.record(handle, actor, "portal.page.update", "portal_page", id, Map.of("published", published));
        });
    }

    public ProgrammePage get(UUID id) {
        return jdbi.withHandle(handle -> find(handle, id)).orElseThrow(() -> new NotFoundException("page"));
    }

    public List<ProgrammePage> all() {
        return jdbi.withHandle(handle -> load(handle, "TRUE", Map.of()));
    }

    public List<ProgrammePage> published() {
        return jdbi.withHandle(handle -> load(handle, "published", Map.of()));
    }

    public ProgrammePage publishedBySlug(String slug) {
        return jdbi.withHandle(handle -> load(handle, "published AND slug = :slug", Map.of("slug", slug)))
                .stream().findFirst().orElseThrow(() -> new NotFoundException("page"));
    }

    private Optional<ProgrammePage> find(Handle handle, UUID id) {
        return load(handle, "id = :id", Map.of("id", id)).stream().findFirst();
    }

    private static List<ProgrammePage> load(Handle handle, String where, Map<String, Object> binds) {
        Map<UUID, List<PostText>> texts = handle.createQuery("""
                SELECT page_id, language, title, body_markdown, body_html FROM portal_page_text ORDER BY language""")
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), new PostText(rs.getString(2), rs.getString(3),
                        Optional.empty(), rs.getString(4), rs.getString(5))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return handle.createQuery("SELECT id, slug, sort_order, published, version FROM portal_page WHERE " + where
                        + " ORDER BY sort_order, slug")
                .bindMap(binds)
                .map((rs, ctx) -> new ProgrammePage(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        rs.getBoolean(4), texts.getOrDefault(rs.getObject(1, UUID.class), List.of()), rs.getInt(5)))
                .list().stream().filter(p -> !p.texts().isEmpty()).toList();
    }

    private static void replaceTexts(Handle handle, UUID id, List<PostText> texts) {
        handle.createUpdate("DELETE FROM portal_page_text WHERE page_id = :id").bind("id", id).execute();
        for (PostText text : texts) {
            handle.createUpdate("""
                    INSERT INTO portal_page_text (page_id, language, title, body_markdown, body_html)
                    VALUES (:id, :language, :title, :markdown, :html)""")
                    .bind("id", id).bind("language", text.language()).bind("title", text.title())
                    .bind("markdown", text.markdown()).bind("html", text.html()).execute();
        }
    }

    private static void checkSlug(String slug) {
        if (slug == null || !slug.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw new InvalidInputException("slug", "the address must be 1 to 60 lower-case letters, digits and hyphens, "
                    + "like refugee-rescue (got '" + slug + "')");
        }
    }

    private static void requireText(List<PostText> texts) {
        if (texts.isEmpty()) {
            throw new InvalidInputException("title_en", "write the page in English, Korean or both");
        }
    }
}
