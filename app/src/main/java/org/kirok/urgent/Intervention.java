package org.kirok.urgent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.InvalidInputException;

/**
 * An appeal, communication or statement about a case: to whom, how, when, with which co-signers, and the answer.
 * An intervention without {@code sentOn} is a draft; {@code responseDue} creates a deadline.
 */
public record Intervention(UUID id, UUID caseId, InterventionKind kind, String subject, String recipients,
                           Channel channel, Optional<LocalDate> sentOn, Optional<LocalDate> responseDue,
                           Optional<String> response, Optional<LocalDate> responseOn, List<Cosigner> cosigners,
                           int version) {

    public Intervention {
        subject = required(subject, "subject", 300);
        recipients = required(recipients, "recipients", 1000);
        if (kind == null || channel == null) {
            throw new InvalidInputException(kind == null ? "kind" : "channel", "kind and channel are required");
        }
        response = response.map(String::strip).filter(s -> !s.isEmpty());
        response.filter(r -> r.length() > 20_000).ifPresent(r -> {
            throw new InvalidInputException("response", "the response is at most 20000 characters");
        });
        if (responseDue.isPresent() && sentOn.isPresent() && responseDue.get().isBefore(sentOn.get())) {
            throw new InvalidInputException("response_due", "the response cannot be due (" + responseDue.get()
                    + ") before the intervention was sent (" + sentOn.get() + ")");
        }
        cosigners = List.copyOf(cosigners);
    }

    /** A co-signing organisation. */
    public record Cosigner(UUID id, String name) {
    }

    private static String required(String text, String field, int max) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty() || value.length() > max) {
            throw new InvalidInputException(field, field + " is required and at most " + max + " characters (got "
                    + value.length() + ")");
        }
        return value;
    }

    public boolean sent() {
        return sentOn.isPresent();
    }
}
