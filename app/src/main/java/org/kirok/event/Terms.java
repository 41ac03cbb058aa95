package org.kirok.event;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.store.InvalidInputException;

/** Resolves vocabulary codes to term ids, refusing unknown or retired codes with the allowed ones listed. */
final class Terms {
    private Terms() {
    }

    static UUID id(Handle handle, String vocabulary, String code, String field) {
        return handle.createQuery("SELECT id FROM vocab_term WHERE vocabulary = :v AND code = :c AND active")
                .bind("v", vocabulary).bind("c", code.strip())
                .mapTo(UUID.class).findOne()
                .orElseThrow(() -> new InvalidInputException(field, "'" + code + "' is not a " + vocabulary
                        + " term; use one of: " + String.join(", ", codes(handle, vocabulary))));
    }

    static List<String> codes(Handle handle, String vocabulary) {
        return handle.createQuery("SELECT code FROM vocab_term WHERE vocabulary = :v AND active ORDER BY sort_order, code")
                .bind("v", vocabulary).mapTo(String.class).list();
    }
}
