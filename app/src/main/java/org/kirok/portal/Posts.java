package org.kirok.portal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.store.Page;
import org.kirok.vault.VaultIntegrityException;

/**
 * The news board: editors write, schedule, publish and withdraw posts and attach their files (every action audited
 * with ids and counts, never the text); the public reads live posts only. Thread-safe.
 */
public final class Posts {
    public static final int PUBLIC_PAGE_SIZE = 10;

    private final Jdbi jdbi;
    private final AuditLog audit;
    private final PostStore store = new PostStore();

    public Posts(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    public UUID create(PostDraft draft, Actor actor) {
        UUID id = UUID.randomUUID();
        jdbi.useTransaction(handle -> {
            store.insert(handle, id, draft.category(), actor.userId());
            store.replaceTexts(handle, id, draft.texts());
            audit.record(handle, actor, "portal.post.create", "portal_post", id, Map.of("category", draft.category().code(),
                    "languages", draft.texts().stream().map(PostText::language).toList()));
        });
        return id;
    }

    public void update(UUID id, PostDraft draft, int expectedVersion, Actor actor) {
        jdbi.useTransaction(handle -> {
            store.find(handle, id, false).orElseThrow(() -> new NotFoundException("post"));
            store.update(handle, id, draft.category(), expectedVersion);
            store.replaceTexts(handle, id, draft.texts());
            audit.record(handle, actor, "portal.post.update", "portal_post", id, Map.of("category", draft.category().code(),
                    "languages", draft.texts().stream().map(PostText::language).toList()));
        });
    }

    /** Publishes now, or schedules for a later time (the post goes live by itself then). */
    public void publish(UUID id, Optional<Instant> at, Actor actor) {
        Instant when = at.orElse(Instant.now());
        jdbi.useTransaction(handle -> {
            store.find(handle, id, false).orElseThrow(() -> new NotFoundException("post"));
            store.schedule(handle, id, Optional.of(when));
            audit.record(handle, actor, "portal.post.publish", "portal_post", id, Map.of("publish_at", when.toString()));
        });
    }

    /** Takes a post off the portal (it stays here and can be published again). */
    public void withdraw(UUID id, Actor actor) {
        jdbi.useTransaction(handle -> {
            store.find(handle, id, false).orElseThrow(() -> new NotFoundException("post"));
            store.withdraw(handle, id);
            audit.record(handle, actor, "portal.post.withdraw", "portal_post", id, Map.of());
        });
    }

    /** Back to a draft: not public, no schedule. */
    public void unschedule(UUID id, Actor actor) {
        jdbi.useTransaction(handle -> {
            store.find(handle, id, false).orElseThrow(() -> new NotFoundException("post"));
            store.schedule(handle, id, Optional.empty());
            audit.record(handle, actor, "portal.post.unschedule", "portal_post", id, Map.of());
        });
    }

    public PostAttachment attach(UUID postId, String originalName, byte[] content, Optional<String> language, Actor actor) {
        language.ifPresent(l -> {
            if (!l.equals("en") && !l.equals("ko")) {
                throw new InvalidInputException("language", "a file is for en, ko or both (got '" + l + "')");
            }
        });
        String mediaType = PublicFile.mediaType(content, originalName == null ? "the file" : originalName);
        PostAttachment file = new PostAttachment(UUID.randomUUID(), postId, language,
                PublicFile.safeName(originalName, mediaType), mediaType, content.length, sha256(content));
        jdbi.useTransaction(handle -> {
            store.find(handle, postId, false).orElseThrow(() -> new NotFoundException("post"));
            store.insertFile(handle, file, content, actor.userId());
            audit.record(handle, actor, "portal.file.attach", "portal_post", postId, Map.of("file", file.id().toString(),
                    "media_type", mediaType, "bytes", content.length, "sha256", file.sha256()));
        });
        return file;
    }

    public void detach(UUID postId, UUID fileId, Actor actor) {
        jdbi.useTransaction(handle -> {
            if (store.deleteFile(handle, postId, fileId) != 1) {
                throw new NotFoundException("file");
            }
            audit.record(handle, actor, "portal.file.remove", "portal_post", postId, Map.of("file", fileId.toString()));
        });
    }

    public Post forEditor(UUID id) {
        return jdbi.withHandle(handle -> store.find(handle, id, false)).orElseThrow(() -> new NotFoundException("post"));
    }

    public Page<Post> allForEditors(int page) {
        return jdbi.withHandle(handle -> new Page<>(store.all(handle, (page - 1) * 50, 50), page, 50, store.countAll(handle)));
    }

    /** A live post for a reader; each reading counts as a view. */
    public Post read(UUID id) {
        return jdbi.inTransaction(handle -> {
            Post post = store.find(handle, id, true).orElseThrow(() -> new NotFoundException("post"));
            store.countView(handle, id);
            return post;
        });
    }

    public Page<Post> live(Optional<PostCategory> category, Optional<String> query, int page, int size) {
        return jdbi.withHandle(handle -> new Page<>(store.live(handle, category, query, (page - 1) * size, size), page, size,
                store.countLive(handle, category, query)));
    }

    /** A live post's file, checked against its SHA-256 before it is served. */
    public Map.Entry<PostAttachment, byte[]> publicFile(UUID postId, UUID fileId) {
        return jdbi.withHandle(handle -> {
            store.find(handle, postId, true).orElseThrow(() -> new NotFoundException("file"));
            Map.Entry<PostAttachment, byte[]> file = store.file(handle, postId, fileId).orElseThrow(() -> new NotFoundException("file"));
            if (!sha256(file.getValue()).equals(file.getKey().sha256())) {
                throw new VaultIntegrityException("published file " + fileId + " does not match its SHA-256", null);
            }
            return file;
        });
    }

    public List<Post> latest(int count) {
        return live(Optional.empty(), Optional.empty(), 1, count).items();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
