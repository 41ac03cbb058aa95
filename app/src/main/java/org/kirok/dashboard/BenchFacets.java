package org.kirok.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/** Random dashboard questions for the benchmark: none to four facets, drawn from the filter form's own choices. */
final class BenchFacets {
    private BenchFacets() {
    }

    static Facets random(Random random, Dashboards dashboards) {
        FilterOptions options = dashboards.options("en", Optional.empty());
        Optional<String> type = pick(random, 0.4, options.actTypes()).map(FilterOptions.Option::value);
        Optional<Integer> from = random.nextDouble() < 0.4 ? Optional.of(1995 + random.nextInt(20)) : Optional.empty();
        Optional<Integer> to = from.map(f -> f + random.nextInt(12));
        Optional<UUID> place = pick(random, 0.4, options.provinces()).map(o -> UUID.fromString(o.value()));
        Optional<UUID> perpetrator = pick(random, 0.25, options.perpetrators()).map(o -> UUID.fromString(o.value()));
        Optional<VictimSex> sex = random.nextDouble() < 0.2 ? Optional.of(VictimSex.values()[random.nextInt(4)]) : Optional.empty();
        Optional<AgeGroup> age = random.nextDouble() < 0.2 ? Optional.of(AgeGroup.values()[random.nextInt(6)]) : Optional.empty();
        Optional<LocalDate> since = random.nextDouble() < 0.3 ? Optional.of(LocalDate.of(2014 + random.nextInt(10), 11, 7)) : Optional.empty();
        return new Facets(type, from, to, place, perpetrator, sex, age, since);
    }

    private static <T> Optional<T> pick(Random random, double probability, List<T> choices) {
        return choices.isEmpty() || random.nextDouble() >= probability ? Optional.empty()
                : Optional.of(choices.get(random.nextInt(choices.size())));
    }
}
