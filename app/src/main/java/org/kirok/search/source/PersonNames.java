package org.kirok.search.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.SubjectKey;

/**
 * Persons' names, decrypted in memory for indexing only: the index receives their keyed hashes, never the text.
 * This is the system indexing, not a person reading, so it is not an audited identity read; nothing decrypted here
 * leaves this class except as hashes. Erased persons (data key destroyed) have no names.
 */
final class PersonNames {
    private PersonNames() {
    }

    static Map<UUID, List<String>> decrypted(Handle handle, IdentityVault vault, Collection<UUID> persons) {
        if (persons.isEmpty()) {
            return Map.of();
        }
        Map<UUID, SubjectKey> keys = vault.keys(handle, "person", persons);
        Map<UUID, List<String>> names = new HashMap<>();
        handle.createQuery("SELECT person_id, position, text_enc FROM person_name WHERE person_id = ANY(:ids) "
                        + "ORDER BY person_id, position")
                .bindArray("ids", UUID.class, List.copyOf(persons))
                .map((rs, ctx) -> new Object[] {rs.getObject(1, UUID.class), rs.getInt(2), rs.getBytes(3)})
                .forEach(row -> {
                    SubjectKey key = keys.get((UUID) row[0]);
                    if (key != null) {
                        names.computeIfAbsent((UUID) row[0], id -> new ArrayList<>())
                                .add(key.decrypt("name." + row[1], (byte[]) row[2]));
                    }
                });
        return names;
    }
}
