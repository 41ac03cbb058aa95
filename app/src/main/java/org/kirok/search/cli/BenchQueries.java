package org.kirok.search.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.lucene.search.Query;
import org.kirok.engine.name.KoreanNameRenderer;
import org.kirok.search.index.AccessFields;
import org.kirok.search.index.FacetPath;
import org.kirok.search.index.IndexQuery;
import org.kirok.search.index.QueryText;
import org.kirok.search.index.SortOrder;
import org.kirok.security.AccessPolicy;
import org.kirok.security.Role;
import org.kirok.security.User;

/**
 * The replayed query mix, each query from the seed and its number: Korean words (25 %), English words (20 %), names
 * of generated persons written another way (25 %), facet filters with or without words (15 %), place names in
 * another romanization (10 %), "acts whose victim was also repatriated" (5 %) — by users of several roles and
 * organisations, always with the access filter, 20 hits and facet counts.
 */
final class BenchQueries {
    static final String[] KOREAN = {"수용소", "집결소", "보위부", "교화소", "강제북송", "조사", "로동단련대", "재판",
        "공개처형", "중국 공안", "안전부", "정치범수용소", "드라마", "치료", "국경", "강제노동"};
    static final String[] ENGLISH = {"torture", "detention", "repatriation", "holding centre", "interrogated",
        "forced labour", "public execution", "trial", "state security", "river China", "starved", "prison"};

    private final long seed;
    private final BenchWorld world;
    private final BenchCorpus corpus;
    private final List<User> users;
    private final List<Query> filters;

    BenchQueries(long seed, BenchWorld world, BenchCorpus corpus) {
        this.seed = seed;
        this.world = world;
        this.corpus = corpus;
        this.users = List.of(
                user(Role.CODER, Optional.of(world.ngos.get(0))), user(Role.CODER, Optional.of(world.ngos.get(0))),
                user(Role.ADMIN, Optional.empty()), user(Role.ANALYST, Optional.of(world.ngos.get(1))),
                user(Role.PARTNER, Optional.of(world.ngos.get(2))));
        AccessPolicy policy = new AccessPolicy();
        this.filters = users.stream().map(user -> policy.visibleQuery(user, AccessFields.FIELDS)).toList();
    }

    private static User user(Role role, Optional<UUID> organisation) {
        return new User(UUID.randomUUID(), "bench", "Bench", role, organisation, "en", false, false, false, 1);
    }

    /** The query number {@code number}, and what kind it is (for the report). */
    record Planned(String kind, IndexQuery query) {
    }

    Planned query(long number) {
        SplittableRandom random = new SplittableRandom(seed * 31 + number);
        int who = random.nextInt(users.size());
        User user = users.get(who);
        boolean identity = user.may(org.kirok.security.Permission.READ_IDENTITY);
        int draw = random.nextInt(100);
        String kind;
        String text = "";
        Set<String> types = Set.of();
        Map<String, Set<String>> filters = Map.of();
        Map<String, List<String>> drill = Map.of();
        Optional<LocalDate> from = Optional.empty();
        Optional<LocalDate> to = Optional.empty();
        Optional<FacetPath> victimOf = Optional.empty();
        if (draw < 25) {
            kind = "Korean words";
            text = KOREAN[random.nextInt(KOREAN.length)] + (random.nextInt(3) == 0 ? " " + KOREAN[random.nextInt(KOREAN.length)] : "");
        } else if (draw < 45) {
            kind = "English words";
            text = ENGLISH[random.nextInt(ENGLISH.length)];
        } else if (draw < 70) {
            kind = "names";
            long person = BenchCorpus.personNumber(random.nextLong(Math.max(1, corpus.persons())));
            String[] name = corpus.name(person);
            text = KoreanNameRenderer.render(name[0], name[1], KoreanNameRenderer.Style.random(random), random);
        } else if (draw < 85) {
            kind = "facet filters";
            BenchWorld.Place province = world.provinces.get(random.nextInt(world.provinces.size()));
            types = Set.of("act");
            filters = Map.of("act_type", Set.of(BenchWorld.ACT_TYPES[random.nextInt(BenchWorld.ACT_TYPES.length)][0]),
                    "place", Set.of(province.id().toString()));
            drill = Map.of("place", province.idPath());
            int year = 1995 + random.nextInt(25);
            from = Optional.of(LocalDate.of(year, 1, 1));
            to = Optional.of(LocalDate.of(year + 1 + random.nextInt(6), 12, 31));
            text = random.nextBoolean() ? KOREAN[random.nextInt(KOREAN.length)] : "";
        } else if (draw < 95) {
            kind = "place names";
            BenchWorld.Place county = world.counties.get(random.nextInt(world.counties.size()));
            text = county.variant().filter(variant -> random.nextBoolean()).orElse(county.name());
        } else {
            kind = "victim also repatriated";
            types = Set.of("act");
            filters = Map.of("act_type", Set.of("arbitrary_detention"), "facility_type", Set.of("jipkyulso"));
            victimOf = Optional.of(FacetPath.of("act_type", "forced_repatriation"));
            from = Optional.of(LocalDate.of(2019, 11, 9));
        }
        SortOrder sort = text.isEmpty() ? SortOrder.NEWEST : SortOrder.RELEVANCE;
        return new Planned(kind, new IndexQuery(QueryText.parse(text), identity, this.filters.get(who), types, filters,
                drill, from, to, victimOf, sort, 0, 20, 12, false));
    }
}
