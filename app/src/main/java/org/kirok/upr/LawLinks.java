package org.kirok.upr;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.Actor;
import org.kirok.audit.AuditLog;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;

/**
 * Links recommendations to the laws (or articles) they are about, and gathers for a law page both sides of the
 * record: the recommendations about the law and how many acts invoked each of its articles. Audited; thread-safe.
 */
public final class LawLinks {
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final LawLinkStore store = new LawLinkStore();

    public LawLinks(Jdbi jdbi, AuditLog audit, AccessPolicy access) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.access = access;
    }

    /** A law to choose from when linking. */
    public record LawChoice(UUID id, String titleEn, Optional<String> titleKo, Optional<String> shortName) {
        public String label(String language) {
            return ("ko".equals(language) ? titleKo.orElse(titleEn) : titleEn) + shortName.map(s -> " (" + s + ")").orElse("");
        }
    }

    public List<LawChoice> laws() {
        return jdbi.withHandle(store::laws);
    }

    public List<LawLink> ofRecommendation(UUID recommendation) {
        return jdbi.withHandle(handle -> store.ofRecommendation(handle, recommendation));
    }

    public List<LawLink> ofLaw(UUID law) {
        return jdbi.withHandle(handle -> store.ofLaw(handle, law));
    }

    /** Links a recommendation to a law, or to an article (whose law is then implied); returns the link's id. */
    public UUID link(Actor actor, UUID recommendation, Optional<UUID> law, Optional<UUID> article) {
        return jdbi.inTransaction(handle -> link(handle, actor, recommendation, law, article));
    }

    /** The same inside the caller's transaction (for loaders). */
    public UUID link(Handle handle, Actor actor, UUID recommendation, Optional<UUID> law, Optional<UUID> article) {
        UUID lawId = article.isPresent()
                ? store.lawOfArticle(handle, article.get()).orElseThrow(() -> new InvalidInputException("article_id",
                        "there is no such article; choose one from the suggestions"))
                : law.orElseThrow(() -> new InvalidInputException("law_id", "choose a law or an article"));
        law.filter(l -> !l.equals(lawId)).ifPresent(l -> {
            throw new InvalidInputException("article_id", "the article belongs to another law than the one chosen");
        });
        if (!store.lawExists(handle, lawId)) {
            throw new InvalidInputException("law_id", "there is no such law; choose one from the suggestions");
        }
        UUID id = UUID.randomUUID();
        if (store.insert(handle, id, recommendation, lawId, article)) {
            audit.record(handle, actor, "upr_law_link.created", "upr_recommendation", recommendation,
                    Map.of("law", lawId.toString(), "article", article.map(UUID::toString).orElse("")));
            return id;
        }
        return store.ofRecommendation(handle, recommendation).stream()
                .filter(k -> k.lawId().equals(lawId) && k.articleId().equals(article)).findFirst().orElseThrow().id();
    }

    public void unlink(Actor actor, UUID linkId) {
        jdbi.useTransaction(handle -> {
            LawLink link = store.one(handle, linkId).orElseThrow(() -> new NotFoundException("law link"));
            store.delete(handle, linkId);
            audit.record(handle, actor, "upr_law_link.deleted", "upr_recommendation", link.recommendationId(),
                    Map.of("law", link.lawId().toString()));
        });
    }

    /** How many acts the user may see invoke an article of a law. */
    public record ArticleActs(UUID articleId, String number, String versionLabel, long acts) {
    }

    /** Acts the user may see, per article of the law they invoke as legal basis. */
    public List<ArticleActs> actsPerArticle(User user, UUID law) {
        return jdbi.withHandle(handle -> store.actsPerArticle(handle, law, access.visibleSql(user, "a")));
    }
}
