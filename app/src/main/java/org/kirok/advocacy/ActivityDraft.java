package org.kirok.advocacy;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;

/**
 * What is written when an activity is logged: what, when, where, which officials, the outcome; for media the link
 * and the archived title (links die, the title stays); themes and recommendation references as tags; the
 * organisations, persons and urgent cases it concerns; the activity it follows up.
 */
public record ActivityDraft(ActivityKind kind, String title, LocalDate heldOn, Optional<String> location,
                            Optional<String> officials, Optional<String> outcome, Optional<String> url,
                            Optional<String> archivedTitle, List<String> themes, List<String> recommendations,
                            Optional<UUID> followsId, List<OrganisationLink> organisations, List<PersonLink> persons,
                            List<UUID> caseIds, Optional<UUID> organisationId, Confidentiality confidentiality) {

    /** An organisation and how it took part. */
    public record OrganisationLink(UUID organisationId, Participation role) {
    }

    /** A person and how they took part. */
    public record PersonLink(UUID personId, PersonRole role) {
    }

    public ActivityDraft {
        if (kind == null) {
            throw new InvalidInputException("kind", "kind is required (meeting, statement, submission, campaign, media)");
        }
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > 300) {
            throw new InvalidInputException("title", "the title is required and at most 300 characters (got "
                    + title.length() + ")");
        }
        if (heldOn == null) {
            throw new InvalidInputException("held_on", "held_on (the day) is required");
        }
        location = clean(location, "location", 300);
        officials = clean(officials, "officials", 2000);
        outcome = clean(outcome, "outcome", 20_000);
        url = clean(url, "url", 2000);
        url.filter(u -> !u.matches("https?://\\S+")).ifPresent(u -> {
            throw new InvalidInputException("url", "url must start with http:// or https:// (got '" + u + "')");
        });
        archivedTitle = clean(archivedTitle, "archived_title", 500);
        themes = tags(themes, "themes");
        recommendations = tags(recommendations, "recommendations");
        organisations = List.copyOf(new LinkedHashSet<>(organisations));
        persons = List.copyOf(new LinkedHashSet<>(persons));
        caseIds = List.copyOf(new LinkedHashSet<>(caseIds));
        if (confidentiality == null) {
            throw new InvalidInputException("confidentiality", "confidentiality is required");
        }
    }

    private static Optional<String> clean(Optional<String> text, String field, int max) {
        Optional<String> value = text.map(String::strip).filter(s -> !s.isEmpty());
        value.filter(v -> v.length() > max).ifPresent(v -> {
            throw new InvalidInputException(field, field + " is at most " + max + " characters (got " + v.length() + ")");
        });
        return value;
    }

    private static List<String> tags(List<String> tags, String field) {
        List<String> cleaned = tags.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        cleaned.stream().filter(t -> t.length() > 100).findFirst().ifPresent(t -> {
            throw new InvalidInputException(field, field + ": each is at most 100 characters ('" + t.substring(0, 30) + "…')");
        });
        return cleaned;
    }
}
