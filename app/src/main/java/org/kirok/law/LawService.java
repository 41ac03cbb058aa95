package org.kirok.law;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.store.Page;

/**
 * Laws → versions → articles, the legal bases acts can invoke. Each method has a variant inside the caller's
 * transaction so the demo loader and imports can build a law, its versions and articles atomically; the
 * {@code ensure*} methods find by natural key (external id, version label, article number) or create, so a
 * loader may run twice without duplicating anything. Every write is audited. Thread-safe.
 */
public final class LawService {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final LawStore store = new LawStore();

    public LawService(Jdbi jdbi, AuditLog audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    public UUID createLaw(Actor actor, LawDraft draft) {
        return jdbi.inTransaction(handle -> createLaw(handle, actor, draft));
    }

    public UUID createLaw(Handle handle, Actor actor, LawDraft draft) {
        draft.externalId().flatMap(e -> store.lawIdByExternalId(handle, e)).ifPresent(id -> {
            throw new InvalidInputException("external_id", "the external id '" + draft.externalId().get()
                    + "' already belongs to another law (" + id + ")");
        });
        UUID id = UUID.randomUUID();
        store.insertLaw(handle, id, draft);
        audit.record(handle, actor, "law.created", "law", id, Map.of("country", draft.countryCode()));
        return id;
    }

    public void updateLaw(Actor actor, UUID id, int expectedVersion, LawDraft draft) {
        jdbi.useTransaction(handle -> {
            store.law(handle, id).orElseThrow(() -> new NotFoundException("law"));
            draft.externalId().flatMap(e -> store.lawIdByExternalId(handle, e)).filter(other -> !other.equals(id))
                    .ifPresent(other -> {
                        throw new InvalidInputException("external_id", "the external id '" + draft.externalId().get()
                                + "' already belongs to another law (" + other + ")");
                    });
            store.updateLaw(handle, id, expectedVersion, draft);
            audit.record(handle, actor, "law.updated", "law", id, Map.of("version", expectedVersion + 1));
        });
    }

    public UUID addVersion(Actor actor, UUID lawId, LawVersionDraft draft) {
        return jdbi.inTransaction(handle -> addVersion(handle, actor, lawId, draft));
    }

    public UUID addVersion(Handle handle, Actor actor, UUID lawId, LawVersionDraft draft) {
        store.law(handle, lawId).orElseThrow(() -> new NotFoundException("law"));
        store.versionId(handle, lawId, draft.label()).ifPresent(existing -> {
            throw new InvalidInputException("label", "this law already has a version labelled '" + draft.label() + "'");
        });
        UUID id = UUID.randomUUID();
        store.insertVersion(handle, id, lawId, draft);
        audit.record(handle, actor, "law_version.created", "law_version", id, Map.of("law", lawId.toString()));
        return id;
    }

    public void updateVersion(Actor actor, UUID versionId, int expectedVersion, LawVersionDraft draft) {
        jdbi.useTransaction(handle -> {
            LawStore.VersionRow row = store.version(handle, versionId).orElseThrow(() -> new NotFoundException("law version"));
            store.versionId(handle, row.lawId(), draft.label()).filter(other -> !other.equals(versionId)).ifPresent(o -> {
                throw new InvalidInputException("label", "this law already has a version labelled '" + draft.label() + "'");
            });
            store.updateVersion(handle, versionId, expectedVersion, draft);
            audit.record(handle, actor, "law_version.updated", "law_version", versionId,
                    Map.of("version", expectedVersion + 1));
        });
    }

    public UUID addArticle(Actor actor, UUID versionId, ArticleDraft draft) {
        return jdbi.inTransaction(handle -> addArticle(handle, actor, versionId, draft));
    }

    public UUID addArticle(Handle handle, Actor actor, UUID versionId, ArticleDraft draft) {
        store.version(handle, versionId).orElseThrow(() -> new NotFoundException("law version"));
        store.articleId(handle, versionId, draft.number()).ifPresent(existing -> {
            throw new InvalidInputException("number", "this version already has an article " + draft.number());
        });
        UUID id = UUID.randomUUID();
        store.insertArticle(handle, id, versionId, draft);
        audit.record(handle, actor, "law_article.created", "law_article", id, Map.of("number", draft.number()));
        return id;
    }

    public void updateArticle(Actor actor, UUID articleId, int expectedVersion, ArticleDraft draft) {
        jdbi.useTransaction(handle -> {
            LawArticle article = store.article(handle, articleId).orElseThrow(() -> new NotFoundException("article"));
            store.articleId(handle, article.versionId(), draft.number()).filter(other -> !other.equals(articleId))
                    .ifPresent(o -> {
                        throw new InvalidInputException("number", "this version already has an article " + draft.number());
                    });
            store.updateArticle(handle, articleId, expectedVersion, draft);
            audit.record(handle, actor, "law_article.updated", "law_article", articleId,
                    Map.of("version", expectedVersion + 1));
        });
    }

    /** The law with this external id, created from the draft if there is none yet (for loaders). */
    public UUID ensureLaw(Handle handle, Actor actor, LawDraft draft) {
        String external = draft.externalId().orElseThrow(() -> new IllegalArgumentException("ensureLaw needs an external id"));
        return store.lawIdByExternalId(handle, external).orElseGet(() -> createLaw(handle, actor, draft));
    }

    /** The version of the law with this label, created if missing. */
    public UUID ensureVersion(Handle handle, Actor actor, UUID lawId, LawVersionDraft draft) {
        return store.versionId(handle, lawId, draft.label()).orElseGet(() -> addVersion(handle, actor, lawId, draft));
    }

    /** The article of the version with this number, created if missing. */
    public UUID ensureArticle(Handle handle, Actor actor, UUID versionId, ArticleDraft draft) {
        return store.articleId(handle, versionId, draft.number()).orElseGet(() -> addArticle(handle, actor, versionId, draft));
    }

    public Law view(UUID id) {
        return jdbi.withHandle(handle -> view(handle, id));
    }

    public Law view(Handle handle, UUID id) {
        LawStore.LawRow law = store.law(handle, id).orElseThrow(() -> new NotFoundException("law"));
        Map<UUID, List<LawArticle>> articles = store.articles(handle, id).stream()
                .collect(Collectors.groupingBy(LawArticle::versionId));
        List<LawVersion> versions = store.versions(handle, id).stream().map(v -> new LawVersion(v.id(), v.lawId(),
                v.label(), v.adoptedOn(), v.notes(), v.version(), articles.getOrDefault(v.id(), List.of()))).toList();
        return new Law(law.id(), law.titleEn(), law.titleKo(), law.shortName(), law.countryCode(), law.notes(),
                law.externalId(), law.version(), versions);
    }

    public Page<Law> list(Optional<String> text, int page, int size) {
        Optional<String> query = text.map(String::strip).filter(s -> !s.isEmpty());
        return jdbi.withHandle(handle -> new Page<>(store.laws(handle, query, (page - 1) * size, size).stream()
                .map(row -> view(handle, row.id())).toList(), page, size, store.count(handle, query)));
    }

    public LawArticle article(UUID id) {
        return jdbi.withHandle(handle -> store.article(handle, id)).orElseThrow(() -> new NotFoundException("article"));
    }

    public LawVersion version(UUID id) {
        LawStore.VersionRow row = jdbi.withHandle(handle -> store.version(handle, id))
                .orElseThrow(() -> new NotFoundException("law version"));
        Law law = view(row.lawId());
        return law.versions().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Type-ahead for the legal basis of an act: "27" finds every article 27, "RTCRL 27" or "Reactionary 27" that
     * law's article 27, any other text the laws and headings containing it.
     */
    public List<LawArticle> lookupArticles(String query, int limit) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        String[] words = text.split("\\s+");
        String last = words[words.length - 1].replaceFirst("(?i)^(art\\.?|article|제)", "").replaceFirst("조$", "");
        if (last.matches("[0-9]+[0-9A-Za-z.\\-]*")) {
            String rest = text.substring(0, text.length() - words[words.length - 1].length()).strip()
                    .replaceFirst("(?i)[,\\s]*(art\\.?|article)$", "").strip();
            if (rest.isEmpty()) {
                return jdbi.withHandle(handle -> store.articlesNumbered(handle, last, limit));
            }
            return jdbi.withHandle(handle -> store.searchArticles(handle, rest, 200)).stream()
                    .filter(a -> a.number().equalsIgnoreCase(last)).limit(limit).toList();
        }
        return jdbi.withHandle(handle -> store.searchArticles(handle, text, limit));
    }

    public Optional<UUID> lawIdByExternalId(Handle handle, String externalId) {
        return store.lawIdByExternalId(handle, externalId);
    }
}
