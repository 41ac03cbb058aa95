package org.kirok.app;

import java.util.List;
import org.kirok.event.ActApi;
import org.kirok.event.ActRoutes;
import org.kirok.event.ActService;
import org.kirok.event.EventRoutes;
import org.kirok.event.EventService;
import org.kirok.event.TermOptions;
import org.kirok.person.PersonApi;
import org.kirok.person.PersonRoutes;
import org.kirok.person.PersonService;
import org.kirok.home.HomeRoutes;
import org.kirok.security.AccountRoutes;
import org.kirok.security.UserAdminRoutes;
import org.kirok.testimony.TestimonyApi;
import org.kirok.testimony.TestimonyRoutes;
import org.kirok.testimony.TestimonyService;
import org.kirok.web.CoreRoutes;
import org.kirok.web.Feature;
import org.kirok.web.OpenApiRoutes;

/** The feature services, wired by hand on the core, and their routes. */
public record Features(Core core, PersonService persons, TestimonyService testimonies, EventService events,
                       ActService acts, TermOptions terms) {

    static Features create(Core core) {
        PersonService persons = new PersonService(core.jdbi(), core.vault(), core.audit(), core.access());
        TestimonyService testimonies = new TestimonyService(core.jdbi(), core.vault(), core.audit(), core.access(), persons);
        EventService events = new EventService(core.jdbi(), core.vault(), core.audit(), core.access());
        ActService acts = new ActService(core.jdbi(), core.vault(), core.audit(), core.access(), persons);
        return new Features(core, persons, testimonies, events, acts, new TermOptions(core.jdbi()));
    }

    List<Feature> web() {
        return List.of(
                new CoreRoutes(core.jdbi(), core.users()),
                new AccountRoutes(core.jdbi(), core.accounts(), core.sessions(), core.templates()),
                new UserAdminRoutes(core.jdbi(), core.users(), core.sessions(), core.accounts(), core.audit(), core.templates()),
                new HomeRoutes(core.jdbi(), core.access(), core.templates()),
                new PersonApi(persons),
                new PersonRoutes(persons, core.templates()),
                new TestimonyApi(testimonies),
                new TestimonyRoutes(testimonies, persons, core.templates(), core.jdbi(), core.access()),
                new EventRoutes(events, core.templates()),
                new ActApi(acts),
                new ActRoutes(acts, testimonies, persons, terms, core.templates(), core.jdbi()),
                new OpenApiRoutes());
    }
}
