package org.kirok.app;

import java.util.List;
import org.kirok.person.PersonApi;
import org.kirok.person.PersonRoutes;
import org.kirok.person.PersonService;
import org.kirok.security.AccountRoutes;
import org.kirok.testimony.TestimonyApi;
import org.kirok.testimony.TestimonyService;
import org.kirok.web.CoreRoutes;
import org.kirok.web.Feature;
import org.kirok.web.OpenApiRoutes;

/** The feature services, wired by hand on the core, and their routes. */
public record Features(Core core, PersonService persons, TestimonyService testimonies) {

    static Features create(Core core) {
        PersonService persons = new PersonService(core.jdbi(), core.vault(), core.audit(), core.access());
        TestimonyService testimonies = new TestimonyService(core.jdbi(), core.vault(), core.audit(), core.access(), persons);
        return new Features(core, persons, testimonies);
    }

    List<Feature> web() {
        return List.of(
                new CoreRoutes(core.jdbi(), core.users()),
                new AccountRoutes(core.jdbi(), core.accounts(), core.sessions(), core.templates()),
                new PersonApi(persons),
                new PersonRoutes(persons, core.templates()),
                new TestimonyApi(testimonies),
                new OpenApiRoutes());
    }
}
