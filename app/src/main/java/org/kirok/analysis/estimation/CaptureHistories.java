package org.kirok.analysis.estimation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.analysis.Places;
import org.kirok.analysis.linkage.Entities;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.InvalidInputException;
import org.kirok.store.SqlFragments;

/**
 * Builds capture histories from the records: every act of the population the user may see, with each source
 * that supports it (that the user may also see); the victim's record mapped to its entity after linkage (the
 * record itself if never linked) is the individual; an individual is on list i in a stratum when a source of list
 * i supports one of their acts in that stratum. An individual with acts in two strata counts in both.
 */
final class CaptureHistories {
    static final String ALL = "all";

    /** One act of the population with one source supporting it. */
    private record Row(UUID act, UUID victim, String typeEn, String typeKo, Optional<Integer> year, Optional<UUID> place,
                       String sourceKind, Optional<UUID> sourceOrganisation) {
    }

    private record Organisation(UUID id, Optional<UUID> parent, String nameEn, String nameKo) {
    }

    private CaptureHistories() {
    }

    static CaptureData build(Handle handle, User user, AccessPolicy access, EstimationRequest request, Entities entities,
                             Places places, long judgmentSeq) {
        Map<UUID, Organisation> organisations = organisations(handle);
        List<CaptureData.ListLabel> labels = labels(request.lists(), organisations);
        List<Set<UUID>> unitsOfList = request.lists().stream().map(list -> list instanceof ListDefinition.Organisation org
                ? subtree(org.id(), organisations) : Set.<UUID>of()).toList();
        requireKnown(handle, request.population());
        List<Row> rows = rows(handle, user, access, request.population());
        Population population = request.population();
        Strata strata = request.strata();
        boolean needsYear = population.dated() || strata.periodYears().isPresent();
        Map<String, String> korean = new HashMap<>();
        Map<String, Map<UUID, Integer>> patterns = new TreeMap<>();
        Set<UUID> acts = new HashSet<>();
        Set<UUID> undated = new HashSet<>();
        Set<UUID> victims = new HashSet<>();
        Set<UUID> individuals = new HashSet<>();
        Set<UUID> onSomeList = new HashSet<>();
        for (Row row : rows) {
            if (needsYear && row.year().isEmpty()) {
                undated.add(row.act());
                continue;
            }
            if (!population.covers(row.year())) {
                continue;
            }
            acts.add(row.act());
            victims.add(row.victim());
            UUID individual = entities.entityOf(row.victim());
            individuals.add(individual);
            String[] stratum = stratum(row, strata, population, places);
            korean.put(stratum[0], stratum[1]);
            int bits = 0;
            for (int i = 0; i < request.lists().size(); i++) {
                if (onList(request.lists().get(i), unitsOfList.get(i), row)) {
                    bits |= 1 << i;
                }
            }
            if (bits != 0) {
                onSomeList.add(individual);
            }
            patterns.computeIfAbsent(stratum[0], key -> new HashMap<>()).merge(individual, bits, (a, b) -> a | b);
        }
        List<CaptureData.Stratum> tables = new ArrayList<>();
        patterns.forEach((name, byIndividual) -> {
            long[] counts = new long[1 << labels.size()];
            byIndividual.values().stream().filter(bits -> bits != 0).forEach(bits -> counts[bits]++);
            if (java.util.Arrays.stream(counts).sum() > 0) {
                tables.add(new CaptureData.Stratum(name, korean.get(name), counts));
            }
        });
        if (tables.isEmpty()) {
            throw new InvalidInputException("lists", "nobody in this population is on any of the chosen lists ("
                    + acts.size() + " acts, " + individuals.size() + " individuals): choose other lists or a wider population");
        }
        Set<UUID> offLists = new HashSet<>(individuals);
        offLists.removeAll(onSomeList);
        return new CaptureData(labels, tables, new CaptureData.Notes(acts.size(), undated.size(), victims.size(),
                individuals.size(), offLists.size(), judgmentSeq));
    }

    private static boolean onList(ListDefinition list, Set<UUID> units, Row row) {
        return switch (list) {
            case ListDefinition.Organisation org -> row.sourceOrganisation().map(units::contains).orElse(false);
            case ListDefinition.SourceKind kind -> kind.kind().equals(row.sourceKind());
        };
    }

    /** The stratum of an act, in English and Korean: "2010–2014 · North Hamgyong · Torture". */
    private static String[] stratum(Row row, Strata strata, Population population, Places places) {
        if (!strata.any()) {
            return new String[] {ALL, "전체"};
        }
        List<String> english = new ArrayList<>();
        List<String> korean = new ArrayList<>();
        strata.periodYears().ifPresent(width -> {
            int origin = population.fromYear().orElse(0);
            int year = row.year().orElseThrow();
            int start = origin + Math.floorDiv(year - origin, width) * width;
            String period = width == 1 ? String.valueOf(start) : start + "–" + (start + width - 1);
            english.add(period);
            korean.add(period);
        });
        if (strata.province()) {
            Optional<UUID> province = row.place().flatMap(places::province);
            english.add(province.flatMap(id -> places.name(id, "en")).orElse("province unknown"));
            korean.add(province.flatMap(id -> places.name(id, "ko")).orElse("도 미상"));
        }
        if (strata.actType()) {
            english.add(row.typeEn());
            korean.add(row.typeKo());
        }
        return new String[] {String.join(" · ", english), String.join(" · ", korean)};
    }

    private static List<Row> rows(Handle handle, User user, AccessPolicy access, Population population) {
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, a.victim_id, t.label_en, t.label_ko,
                       CAST(extract(year FROM coalesce(a.date_start, a.date_end)) AS int) AS year,
                       a.place_id, s.kind, s.organisation_id
                FROM act a
                JOIN vocab_term t ON t.id = a.act_type_id
                JOIN information i ON i.act_id = a.id
                JOIN source s ON s.id = i.source_id
                WHERE """).append(" ").append(access.visibleSql(user, "a")).append(" AND ").append(access.visibleSql(user, "s"));
        if (!population.actTypes().isEmpty()) {
            sql.append(" AND t.vocabulary = 'act_type' AND t.code = ANY(:types)");
        }
        population.place().ifPresent(place -> sql.append(" AND a.place_id IN ").append(SqlFragments.placeSubtree("place")));
        var query = handle.createQuery(sql.toString());
        if (!population.actTypes().isEmpty()) {
            query.bindArray("types", String.class, population.actTypes());
        }
        population.place().ifPresent(place -> query.bind("place", place));
        return query.map((rs, ctx) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), Optional.ofNullable((Integer) rs.getObject(5)), Optional.ofNullable(rs.getObject(6, UUID.class)),
                rs.getString(7), Optional.ofNullable(rs.getObject(8, UUID.class)))).list();
    }

    private static void requireKnown(Handle handle, Population population) {
        if (!population.actTypes().isEmpty()) {
            List<String> known = handle.createQuery("SELECT code FROM vocab_term WHERE vocabulary = 'act_type' AND code = ANY(:codes)")
                    .bindArray("codes", String.class, population.actTypes()).mapTo(String.class).list();
            population.actTypes().stream().filter(code -> !known.contains(code)).findFirst().ifPresent(code -> {
                throw new InvalidInputException("act_types", "there is no act type '" + code + "'");
            });
        }
        population.place().ifPresent(place -> {
            boolean exists = handle.createQuery("SELECT EXISTS (SELECT 1 FROM place WHERE id = :id)").bind("id", place)
                    .mapTo(Boolean.class).one();
            if (!exists) {
                throw new InvalidInputException("place", "there is no place " + place);
            }
        });
    }

    private static Map<UUID, Organisation> organisations(Handle handle) {
        Map<UUID, Organisation> organisations = new HashMap<>();
        handle.createQuery("SELECT id, parent_id, coalesce(abbreviation, name_en), coalesce(name_ko, abbreviation, name_en) FROM organisation")
                .map((rs, ctx) -> new Organisation(rs.getObject(1, UUID.class), Optional.ofNullable(rs.getObject(2, UUID.class)),
                        rs.getString(3), rs.getString(4)))
                .forEach(org -> organisations.put(org.id(), org));
        return organisations;
    }

    private static List<CaptureData.ListLabel> labels(List<ListDefinition> lists, Map<UUID, Organisation> organisations) {
        List<CaptureData.ListLabel> labels = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (ListDefinition list : lists) {
            String[] names = switch (list) {
                case ListDefinition.Organisation org -> {
                    Organisation found = organisations.get(org.id());
                    if (found == null) {
                        throw new InvalidInputException("lists", "there is no organisation " + org.id());
                    }
                    yield new String[] {found.nameEn(), found.nameKo()};
                }
                case ListDefinition.SourceKind kind -> switch (kind.kind()) {
                    case "testimony" -> new String[] {"testimonies", "증언"};
                    case "document" -> new String[] {"documents", "문서"};
                    default -> new String[] {"media", "미디어"};
                };
            };
            String english = names[0];
            for (int n = 2; !taken.add(english.toLowerCase(java.util.Locale.ROOT)); n++) {
                english = names[0] + " (" + n + ")";
            }
            labels.add(new CaptureData.ListLabel(list.code(), english, names[1]));
        }
        return labels;
    }

    private static Set<UUID> subtree(UUID root, Map<UUID, Organisation> organisations) {
        Set<UUID> units = new HashSet<>(Set.of(root));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Organisation org : organisations.values()) {
                if (org.parent().isPresent() && units.contains(org.parent().get()) && units.add(org.id())) {
                    grew = true;
                }
            }
        }
        return units;
    }
}
