package org.kirok.analysis.linkage;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The entity a person record belongs to, as one user may see it: the other records of the same person (only those
 * the user may see), each with the judgment that joins it directly to this record, if one does (otherwise it is
 * joined through other records), and people's "same" judgments refused because someone said "different".
 */
public record EntityView(UUID person, List<Member> others, List<Judgment> conflicts) {

    /** Another record of the same person. */
    public record Member(UUID id, String code, String label, Optional<Judgment> direct) {
    }

    public EntityView {
        others = List.copyOf(others);
        conflicts = List.copyOf(conflicts);
    }
}
