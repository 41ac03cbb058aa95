package org.kirok.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.search.index.SearchDocument;
import org.kirok.security.User;

/**
 * One type of searchable record, registered in {@code Features}: how to load a record as an index document (with
 * its access facts), which documents a committed change touches, how to list every id for a rebuild, and how a hit
 * looks to a given user. Testimonies, acts, persons, places, organisations and laws are sources; UPR
 * recommendations and advocacy documents add themselves the same way.
 *
 * <p>Implementations must be thread-safe, read only through the handle they are given, and put into a
 * {@link SearchDocument}'s clear fields only what the database keeps in the clear.
 */
public interface SearchSource {

    /** The document type, e.g. "act": unique, lower-case; the API's {@code type} parameter. */
    String type();

    /**
     * Whether its documents hold protected text (transcripts). With the in-memory storage option they are kept off
     * the disk and reloaded at every start.
     */
    default boolean holdsProtectedText() {
        return false;
    }

    /** The facet dimensions its documents carry besides type, confidentiality and date. */
    default List<Dimension> dimensions() {
        return List.of();
    }

    /**
     * The ids of this type's documents that committed changes to {@code entity} records (as the audit log names
     * them: "act", "person", "place", "source" …) may have changed. Ids of deleted records may be returned: they
     * are simply not {@link #load loaded} and so leave the index.
     */
    Set<UUID> affected(Handle handle, String entity, Collection<UUID> entityIds);

    /** The current documents of these ids; an id without a document (deleted, erased) is removed from the index. */
    List<SearchDocument> load(Handle handle, Collection<UUID> ids);

    /** Up to {@code limit} ids in ascending order after {@code after} (keyset paging), for a rebuild. */
    List<UUID> ids(Handle handle, Optional<UUID> after, int limit);

    /**
     * How these hits look to this user, for the records the user may read now (others are left out: the database,
     * not the index, has the last word). {@code protectedText} is filled only when {@code withProtectedText} is
     * asked and the user has identity access — and every such read is audited by the source.
     */
    Map<UUID, HitView> present(Handle handle, User user, Collection<UUID> ids, String language,
                               boolean withProtectedText);
}
