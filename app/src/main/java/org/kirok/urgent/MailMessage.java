package org.kirok.urgent;

import java.util.List;

/** A plain-text mail: sender, recipients, subject and body. */
record MailMessage(String from, List<String> to, String subject, String body) {
    MailMessage {
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a mail needs a recipient");
        }
        if (subject.contains("\r") || subject.contains("\n") || from.contains("\r") || from.contains("\n")) {
            throw new IllegalArgumentException("line breaks in a header");
        }
    }
}
