package org.kirok.demo;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.app.Features;
import org.kirok.audit.Actor;
import org.kirok.event.FuzzyDate;
import org.kirok.security.Role;
import org.kirok.security.User;
import org.kirok.security.UserStore;
import org.kirok.store.Confidentiality;
import org.kirok.urgent.CaseDraft;
import org.kirok.urgent.CaseStatus;
import org.kirok.urgent.Channel;
import org.kirok.urgent.CustodyType;
import org.kirok.urgent.DeadlineKind;
import org.kirok.urgent.Intervention;
import org.kirok.urgent.InterventionKind;
import org.kirok.urgent.PlaceInput;
import org.kirok.urgent.UrgentCaseService.EventInput;

/**
 * The demo's urgent cases, so that the board, the risk levels, a route map and the due-today list have something
 * to show: a family held near the Tumen river (imminent), two women held in Laos (elevated) and a young man who
 * reached Bangkok (safe). Persons are demo persons; places, dates and holders are invented. Written through the
 * same services as the desk uses, by a demo account ("demo-desk") that is disabled afterwards: nobody can log in
 * as it, and the audit log says who wrote these records.
 */
final class DemoUrgent {
    static final String ACCOUNT = "demo-desk";
    private final Features features;

    DemoUrgent(Features features) {
        this.features = features;
    }

    void load() {
        var jdbi = features.core().jdbi();
        if (jdbi.withHandle(h -> features.core().users().byUsername(h, ACCOUNT)).isPresent()) {
            return;
        }
        UUID organisation = jdbi.withHandle(h -> h.createQuery("SELECT id FROM organisation WHERE name_en = :n")
                .bind("n", "Hanbit Documentation Centre (fictional)").mapTo(UUID.class).one());
        List<UUID> persons = jdbi.withHandle(h -> h.createQuery("""
                SELECT p.id FROM person p WHERE p.erased_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM testimony t WHERE t.interviewee_id = p.id)
                ORDER BY p.created_at, p.id LIMIT 7""").mapTo(UUID.class).list());
        User desk = account(organisation);
        LocalDate today = LocalDate.now();

        UUID family = open(desk, organisation, "Family of four held near the Tumen river (fictional)", persons.subList(0, 4));
        event(desk, family, CustodyType.ARREST, today.minusDays(12), "Yanji", 42.905, 129.513, "Chinese public security");
        event(desk, family, CustodyType.TRANSFER, today.minusDays(3), "Tumen", 42.966, 129.843, "Chinese public security");
        features.urgent().actions().addIntervention(desk, family, new Intervention(null, family,
                InterventionKind.UNHCR, "Request for UNHCR access (fictional)", "UNHCR Regional Office (fictional)",
                Channel.EMAIL, Optional.of(today.minusDays(2)), Optional.of(today.plusDays(5)), Optional.empty(),
                Optional.empty(), List.of(), 0));
        features.urgent().actions().addDeadline(desk, family, DeadlineKind.CHECK_IN, today, Optional.of("Call the contact in Tumen"));

        UUID laos = open(desk, organisation, "Two women held in Laos (fictional)", persons.subList(4, 6));
        event(desk, laos, CustodyType.ARREST, today.minusDays(20), "Luang Namtha", 20.948, 101.402, "Lao police");
        event(desk, laos, CustodyType.DETENTION, today.minusDays(15), "Vientiane", 17.975, 102.633, "Lao immigration");
        features.urgent().actions().addDeadline(desk, laos, DeadlineKind.FOLLOW_UP, today.plusDays(2), Optional.of("Ask the embassy for news"));

        UUID arrived = open(desk, organisation, "Young man in transit to Bangkok (fictional)", persons.subList(6, 7));
        event(desk, arrived, CustodyType.ARREST, today.minusDays(40), "Chiang Saen", 20.274, 100.086, "Thai immigration police");
        event(desk, arrived, CustodyType.ARRIVAL, today.minusDays(8), "Bangkok", 13.756, 100.502, "Thai immigration police");

        jdbi.useTransaction(h -> {
            User written = features.core().users().byId(h, desk.id()).orElseThrow();
            features.core().users().update(h, withDisabled(written), written.version());
            features.core().audit().record(h, Actor.SYSTEM, "user.disabled", "app_user", desk.id(),
                    java.util.Map.of("reason", "the demo data's account, disabled once the demo cases are written"));
        });
    }

    private UUID open(User desk, UUID organisation, String title, List<UUID> persons) {
        UUID id = features.urgent().cases().create(desk, new CaseDraft(title, Optional.of("Demonstration case: every "
                + "name, place and date is invented."), CaseStatus.OPEN, Confidentiality.INTERNAL, Optional.of(organisation)));
        persons.forEach(person -> features.urgent().cases().addPerson(desk, id, person));
        return id;
    }

    private void event(User desk, UUID caseId, CustodyType type, LocalDate day, String place, double lat, double lon,
                       String holder) {
        String country = switch (place) {
            case "Yanji", "Tumen" -> "CN";
            case "Luang Namtha", "Vientiane" -> "LA";
            default -> "TH";
        };
        features.urgent().cases().addEvent(desk, caseId, new EventInput(type, FuzzyDate.day(day),
                Optional.of(new PlaceInput.Named(place, country, Optional.of(lat), Optional.of(lon))), Optional.of(holder),
                Optional.empty(), Optional.empty(), Optional.of("Fictional demonstration source."), Optional.empty(),
                Optional.empty(), List.of()));
    }

    private User account(UUID organisation) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        UUID id = UUID.randomUUID();
        var core = features.core();
        core.jdbi().useTransaction(h -> core.users().insert(h, new UserStore.NewUser(id, ACCOUNT,
                "Demo desk (fictional, disabled)", Role.COORDINATOR, Optional.of(organisation), "en",
                core.accounts().hasher().hash(Base64.getEncoder().encodeToString(secret)), false)));
        return core.jdbi().withHandle(h -> core.users().byId(h, id)).orElseThrow();
    }

    private static User withDisabled(User user) {
        return new User(user.id(), user.username(), user.displayName(), user.role(), user.organisationId(),
                user.locale(), user.mustChangePassword(), user.totpEnabled(), true, user.version());
    }
}
