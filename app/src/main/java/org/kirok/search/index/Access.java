package org.kirok.search.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;

/**
 * The access facts of one record, copied into its index document so that the query itself can be filtered by
 * {@code AccessPolicy.visibleQuery}: which organisation owns it (none: the installation's own), how confidential
 * it is, and for records data-sharing agreements can grant, their kind as agreements name it ("acts", "persons",
 * "testimonies") and their date as {@code RecordKind.dateSql} defines it. Reference data (places, organisations,
 * laws) is {@link #PUBLIC_REFERENCE}.
 */
public record Access(Optional<UUID> organisation, Confidentiality confidentiality, Optional<String> sharedKind,
                     Optional<LocalDate> sharedDate) {
    public static final Access PUBLIC_REFERENCE = new Access(Optional.empty(), Confidentiality.PUBLIC);

    public Access {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(confidentiality, "confidentiality");
        Objects.requireNonNull(sharedKind, "sharedKind");
        Objects.requireNonNull(sharedDate, "sharedDate");
        if (sharedKind.isPresent() != sharedDate.isPresent()) {
            throw new IllegalArgumentException("a record agreements can share needs both its kind and its date");
        }
    }

    /** A record no agreement shares (partners see it only when it is public). */
    public Access(Optional<UUID> organisation, Confidentiality confidentiality) {
        this(organisation, confidentiality, Optional.empty(), Optional.empty());
    }

    /** A record that agreements for {@code kind} share from its {@code date} on. */
    public static Access shareable(Optional<UUID> organisation, Confidentiality confidentiality, String kind,
                                   LocalDate date) {
        return new Access(organisation, confidentiality, Optional.of(kind), Optional.of(date));
    }
}
