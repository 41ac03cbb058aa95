package org.kirok.upr;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.store.StaleEditException;

/** The SQL of an analyst's corrections to a recommendation, with optimistic locking. */
final class RecommendationEdits {

    void update(Handle handle, UUID id, int expectedVersion, Optional<Integer> category, List<String> extraThemes) {
        int updated = handle.createUpdate("""
                UPDATE upr_recommendation SET
                       action_category = coalesce(CAST(:category AS smallint), action_category),
                       category_source = CASE WHEN CAST(:category AS smallint) IS NULL THEN category_source ELSE 'analyst' END,
                       extra_themes = :themes, version = version + 1, updated_at = now()
                WHERE id = :id AND version = :expected""")
                .bind("category", category.map(Integer::shortValue).orElse(null))
                .bindArray("themes", String.class, extraThemes).bind("id", id).bind("expected", expectedVersion)
                .execute();
        if (updated != 1) {
            throw new StaleEditException("recommendation", id, expectedVersion);
        }
    }
}
