package org.kirok.advocacy;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.person.PersonService;
import org.kirok.security.AccessPolicy;
import org.kirok.urgent.Urgent;
import org.kirok.web.Feature;
import org.kirok.web.Templates;

/** The advocacy log, coalitions and the UN calendar: services wired by hand, and their web face. */
public record Advocacy(AdvocacyService activities, RelationService relations, CalendarService calendar, Urgent urgent) {

    public static Advocacy create(Jdbi jdbi, AuditLog audit, AccessPolicy access, PersonService persons, Urgent urgent) {
        return new Advocacy(new AdvocacyService(jdbi, audit, access, persons), new RelationService(jdbi, audit),
                new CalendarService(jdbi, audit), urgent);
    }

    public List<Feature> web(Templates templates) {
        // the calendar's fixed paths first: /advocacy/{id} would otherwise take /advocacy/calendar
        return List.of(new AdvocacyApi(this), new CalendarPages(this, templates), new AdvocacyPages(this, templates));
    }
}
