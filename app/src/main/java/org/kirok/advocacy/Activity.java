package org.kirok.advocacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;

/** A logged activity as pages show it; persons by name only for users with identity access. */
public record Activity(UUID id, ActivityKind kind, String title, LocalDate heldOn, Optional<String> location,
                       Optional<String> officials, Optional<String> outcome, Optional<String> url,
                       Optional<String> archivedTitle, List<String> themes, List<String> recommendations,
                       Optional<UUID> followsId, Optional<String> followsTitle, List<Organisation> organisations,
                       List<Person> persons, List<CaseRef> cases, Optional<UUID> organisationId,
                       Confidentiality confidentiality, int version) {

    public Activity {
        themes = List.copyOf(themes);
        recommendations = List.copyOf(recommendations);
        organisations = List.copyOf(organisations);
        persons = List.copyOf(persons);
        cases = List.copyOf(cases);
    }

    /** An organisation that took part. */
    public record Organisation(UUID id, String name, Participation role) {
    }

    /** A person who took part, as the user may see them. */
    public record Person(UUID id, String label, PersonRole role) {
    }

    /** An urgent case the activity concerns. */
    public record CaseRef(UUID id, String code) {
    }

    public List<Organisation> withRole(Participation role) {
        return organisations.stream().filter(o -> o.role() == role).toList();
    }
}
