package org.kirok.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.app.Features;
import org.kirok.audit.Actor;
import org.kirok.event.ActDraft;
import org.kirok.event.EventDraft;
import org.kirok.store.Confidentiality;
import org.kirok.testimony.Language;
import org.kirok.testimony.TestimonyDraft;

/**
 * Loads the fictional demo dataset once: about 320 testimonies, 1,500 person records and 3,000 acts from 1995
 * to 2025, generated from a fixed seed through the same services users write with (so everything is encrypted,
 * audited and valid). One transaction: it loads completely or not at all; a second run finds it and adds nothing.
 */
public final class DemoLoader {
    static final String SETTING = "demo_dataset";
    static final long SEED = 20_240_408L;
    static final int TESTIMONIES = 320;
    static final int INDIVIDUALS = 1_150;

    private final Features features;

    public DemoLoader(Features features) {
        this.features = features;
    }

    /** What was loaded. */
    public record Summary(int testimonies, int persons, int acts, int events) {
    }

    /** Loads the demo unless it is there already; empty when it was. */
    public Optional<Summary> loadOnce() {
        Optional<Summary> loaded = features.core().jdbi().inTransaction(handle -> {
            int claimed = handle.createUpdate("INSERT INTO setting (key, value) VALUES (:k, 'loading') ON CONFLICT DO NOTHING")
                    .bind("k", SETTING).execute();
            if (claimed == 0) {
                return Optional.empty();
            }
            Summary summary = load(handle);
            handle.createUpdate("UPDATE setting SET value = :v WHERE key = :k").bind("k", SETTING)
                    .bind("v", summary.toString()).execute();
            return Optional.of(summary);
        });
        // the portal's posts and the urgent cases go through their own services and transactions, after the records
        // are committed
        loaded.ifPresent(summary -> {
            new DemoPortal(features).load();
            new DemoUrgent(features).load();
        });
        return loaded;
    }

    /** Whether this database holds the demo dataset (the interface then shows the "fictional data" banner). */
    public static boolean present(org.jdbi.v3.core.Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT EXISTS (SELECT 1 FROM setting WHERE key = :k)")
                .bind("k", SETTING).mapTo(Boolean.class).one());
    }

    private Summary load(Handle handle) {
        DemoReference refs = DemoReference.load(handle, features);
        Random random = new Random(SEED);
        List<String> hometowns = refs.places.keySet().stream()
                .filter(k -> k.startsWith("KP-") && k.length() > 5).sorted().toList();
        List<Individual> people = new ArrayList<>();
        for (int i = 0; i < INDIVIDUALS; i++) {
            people.add(Individual.random(i, random, hometowns));
        }
        DemoPersons persons = new DemoPersons(features.persons(), handle, random, refs);
        Map<String, UUID> events = new HashMap<>();
        List<Individual> mentioned = new ArrayList<>();
        int acts = 0;
        for (int t = 0; t < TESTIMONIES; t++) {
            Individual witness = people.get(t);
            StoryWriter story = new StoryWriter(random, () -> other(random, people, mentioned, witness));
            int endYear = Math.min(story.write(witness), 2025);
            UUID interviewee = persons.record(witness, true);
            UUID testimony = testimony(handle, refs, random, interviewee, endYear, story.transcript());
            Map<Integer, UUID> recordsInThisTestimony = new HashMap<>();
            for (PlannedAct act : story.acts()) {
                UUID victim = act.other().map(o -> recordsInThisTestimony.computeIfAbsent(o.number(),
                        n -> persons.record(o, false))).orElse(interviewee);
                Optional<UUID> event = act.eventTitle().map(title -> events.computeIfAbsent(title,
                        key -> features.events().create(handle, Actor.SYSTEM, new EventDraft(key, Optional.empty(),
                                act.date(), Optional.of(refs.place(act.placeKey())), Optional.empty(),
                                Confidentiality.INTERNAL, Optional.empty()))));
                features.acts().create(handle, Actor.SYSTEM, new ActDraft(act.type(), victim, act.date(),
                        Optional.of(refs.place(act.placeKey())), event,
                        act.perpetrators().stream().map(p -> new ActDraft.InvolvementDraft(Optional.empty(),
                                Optional.of(refs.organisation(p[0])), p[1], Optional.empty())).toList(),
                        List.of(new ActDraft.InformationDraft(testimony, act.reliability(), Optional.of(act.connection()),
                                Optional.empty())),
                        act.consequences(), act.articleKey().map(refs.articles::get), Optional.empty(),
                        Optional.of(refs.organisation("NGO-HANBIT")), act.confidentiality(), Optional.empty()));
                acts++;
            }
        }
        new DemoUpr(features, refs).load(handle);
        return new Summary(TESTIMONIES, persons.count(), acts, events.size());
    }

    /** Someone the witness tells of: often a new individual, sometimes one another witness also spoke about. */
    private static Individual other(Random random, List<Individual> people, List<Individual> mentioned, Individual witness) {
        if (!mentioned.isEmpty() && random.nextInt(100) < 30) {
            Individual again = mentioned.get(random.nextInt(mentioned.size()));
            if (again != witness) {
                return again;
            }
        }
        Individual fresh = people.get(TESTIMONIES + random.nextInt(people.size() - TESTIMONIES));
        mentioned.add(fresh);
        return fresh;
    }

    private UUID testimony(Handle handle, DemoReference refs, Random random, UUID interviewee, int year, String transcript) {
        LocalDate date = LocalDate.of(Math.max(2003, year), 1 + random.nextInt(12), 1 + random.nextInt(28));
        if (date.isAfter(LocalDate.of(2025, 10, 31))) {
            date = LocalDate.of(2025, 10, 1 + random.nextInt(28));
        }
        boolean english = random.nextInt(10) == 0;
        String[] consent = {"internal_only", "anonymised_publication", "coalition_sharing", "un_submission"};
        return features.testimonies().create(handle, Actor.SYSTEM, new TestimonyDraft(interviewee, Optional.empty(), date,
                Optional.of(refs.place(random.nextInt(8) == 0 ? "TH-BK" : "KR-SE")), english ? Language.EN : Language.KO,
                Optional.of(consent[random.nextInt(consent.length)]), Optional.of(60 + random.nextInt(180)),
                Optional.of(transcript), Optional.of(english ? "Fictional demonstration interview." : "시연용 가상 면담입니다."),
                Optional.empty(), Optional.empty(), Optional.of(refs.organisation(random.nextInt(5) == 0 ? "NGO-SAEBYEOK" : "NGO-HANBIT")),
                random.nextInt(10) == 0 ? Confidentiality.RESTRICTED : Confidentiality.INTERNAL, Optional.empty()));
    }
}
