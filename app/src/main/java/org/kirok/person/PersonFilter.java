package org.kirok.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;

/**
 * Filters for the person list. {@code nameKeyHashes} are blind-index hashes of the normalized query (never the
 * query itself); the place filter includes every place below the one given.
 */
public record PersonFilter(List<byte[]> nameKeyHashes, Optional<Sex> sex, Optional<Integer> bornFrom,
                           Optional<Integer> bornTo, Optional<UUID> originPlace,
                           Optional<Confidentiality> confidentiality) {

    public PersonFilter {
        nameKeyHashes = List.copyOf(nameKeyHashes);
    }

    public static PersonFilter none() {
        return new PersonFilter(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
