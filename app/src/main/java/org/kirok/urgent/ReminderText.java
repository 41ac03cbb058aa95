package org.kirok.urgent;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of a reminder mail, built only from codes, dates, levels and links: what the deadline's free-text label
 * or the case's title might say (a name, a place of hiding) never goes into a mail.
 */
final class ReminderText {
    private ReminderText() {
    }

    static String body(List<Deadline> due, LocalDate today, String baseUrl) {
        StringBuilder body = new StringBuilder("Urgent-case deadlines due by ").append(today).append(":\n\n");
        for (Deadline deadline : due) {
            body.append(deadline.caseCode()).append("  ")
                    .append(deadline.kind().code().replace('_', ' '))
                    .append("  due ").append(deadline.dueOn())
                    .append(deadline.overdue(today) ? " (overdue)" : "")
                    .append("  risk: ").append(deadline.caseRisk().code()).append('\n')
                    .append("  ").append(baseUrl).append("/urgent-cases/").append(deadline.caseId()).append('\n');
        }
        body.append("\nThis mail names no person on purpose. Open the links (login required) for the cases.\n")
                .append("Board of everything due: ").append(baseUrl).append("/urgent/due\n");
        return body.toString();
    }
}
