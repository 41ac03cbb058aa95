package org.kirok.search.index;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;

/**
 * The access facts of one record, copied into its index document so that the query itself can be filtered by
 * {@code AccessPolicy.visibleQuery}: which organisation owns it (none: the installation's own) and how confidential
 * it is. Reference data (places, organisations, laws) is {@link #PUBLIC_REFERENCE}.
 */
public record Access(Optional<UUID> organisation, Confidentiality confidentiality) {
    public static final Access PUBLIC_REFERENCE = new Access(Optional.empty(), Confidentiality.PUBLIC);

    public Access {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(confidentiality, "confidentiality");
    }
}
