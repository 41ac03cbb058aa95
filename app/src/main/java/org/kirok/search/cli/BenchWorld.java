package org.kirok.search.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.kirok.engine.name.PlaceKeys;
import org.kirok.search.index.FacetSpec;

/**
 * The fixed part of the benchmark's fictional world: organisations, act types with English and Korean labels, and a
 * place tree — the real DPRK counties of {@code shared/data/geo} when present (their McCune–Reischauer and simplified
 * spellings give the place-name queries), else numbered synthetic counties — with detention facilities under them.
 */
final class BenchWorld {
    static final List<FacetSpec> DIMENSIONS = List.of(new FacetSpec("act_type", false, false),
            new FacetSpec("place", true, false), new FacetSpec("facility_type", false, false),
            new FacetSpec("perpetrator", false, true), new FacetSpec("source_org", false, true));
    static final String[][] ACT_TYPES = {
        {"arbitrary_detention", "Arbitrary detention", "자의적 구금"}, {"enforced_disappearance", "Enforced disappearance", "강제실종"},
        {"torture", "Torture", "고문"}, {"ill_treatment", "Cruel, inhuman or degrading treatment", "잔혹하거나 비인도적인 처우"},
        {"sexual_violence", "Sexual violence", "성폭력"}, {"forced_abortion", "Forced abortion", "강제낙태"},
        {"public_execution", "Public execution", "공개처형"}, {"death_in_custody", "Death in custody", "구금 중 사망"},
        {"forced_labour", "Forced labour", "강제노동"}, {"forced_repatriation", "Forced repatriation", "강제송환"},
        {"unfair_trial", "Unfair trial", "불공정한 재판"}, {"collective_punishment", "Guilt by association", "연좌제 처벌"},
        {"forced_relocation", "Forced relocation or banishment", "강제 이주·추방"},
        {"punishment_for_expression", "Punishment for expression or information", "표현·정보 접근에 대한 처벌"},
        {"religious_persecution", "Religious persecution", "종교 박해"}, {"trafficking", "Trafficking in persons", "인신매매"}};
    static final String[][] FACILITY_TYPES = {{"kwanliso", "political prison camp", "관리소"},
        {"kyohwaso", "prison", "교화소"}, {"jipkyulso", "holding centre", "집결소"},
        {"rodong_danryeondae", "labour training unit", "로동단련대"}, {"mss_holding", "state security detention centre", "보위부 구류장"}};
    static final String[][] PERPETRATORS = {{"Ministry of State Security", "국가보위성", "MSS"},
        {"Ministry of Social Security", "사회안전성", "MPS"}, {"Korean People's Army", "조선인민군", "KPA"},
        {"Chinese Public Security", "중국 공안", "PSB"}, {"Border Guard Command", "국경경비총국", "BGC"},
        {"Workers' Party Organisation Department", "조직지도부", "OGD"}};

    /**
     * One place of the tree, with the ids and names from its country down to it, and their place keys computed once
     * (the database stores them; recomputing them per document would measure the generator, not the index).
     */
    record Place(UUID id, String name, Optional<String> variant, List<UUID> path, List<String> pathNames,
                 Optional<String> facilityType, List<String> idPath, List<String> pathKeys, String key,
                 Optional<String> variantKey) {
        Place(UUID id, String name, Optional<String> variant, List<UUID> path, List<String> pathNames,
              Optional<String> facilityType) {
            this(id, name, variant, path, pathNames, facilityType, path.stream().map(UUID::toString).toList(),
                    pathNames.stream().map(PlaceKeys::canonical).toList(), PlaceKeys.canonical(name),
                    variant.map(PlaceKeys::canonical));
        }
    }

    final List<UUID> ngos = new ArrayList<>();
    final List<UUID> perpetrators = new ArrayList<>();
    final List<Place> counties = new ArrayList<>();
    final List<Place> facilities = new ArrayList<>();
    final List<Place> provinces = new ArrayList<>();
    final boolean realCounties;

    BenchWorld(long seed, Optional<Path> sharedData) {
        for (int i = 0; i < 6; i++) {
            ngos.add(new UUID(seed, 1_000 + i));
        }
        for (int i = 0; i < PERPETRATORS.length; i++) {
            perpetrators.add(new UUID(seed, 2_000 + i));
        }
        UUID korea = new UUID(seed, 3_000);
        Map<String, List<String[]>> byProvince = sharedData.flatMap(BenchWorld::counties).orElse(null);
        realCounties = byProvince != null;
        if (byProvince == null) {
            byProvince = new LinkedHashMap<>();
            for (int p = 0; p < 9; p++) {
                List<String[]> names = new ArrayList<>();
                for (int c = 0; c < 20; c++) {
                    names.add(new String[] {"Kunmyong" + p + "-" + c, ""});
                }
                byProvince.put("Province " + p, names);
            }
        }
        int number = 0;
        for (Map.Entry<String, List<String[]>> province : byProvince.entrySet()) {
            UUID provinceId = new UUID(seed, 4_000 + provinces.size());
            provinces.add(new Place(provinceId, province.getKey(), Optional.empty(), List.of(korea, provinceId),
                    List.of("North Korea", province.getKey()), Optional.empty()));
            for (String[] county : province.getValue()) {
                UUID countyId = new UUID(seed, 10_000 + number++);
                Place place = new Place(countyId, county[0], county[1].isBlank() ? Optional.empty() : Optional.of(county[1]),
                        List.of(korea, provinceId, countyId), List.of("North Korea", province.getKey(), county[0]),
                        Optional.empty());
                counties.add(place);
                if (counties.size() % 3 == 0) {
                    String[] type = FACILITY_TYPES[counties.size() % FACILITY_TYPES.length];
                    UUID facilityId = new UUID(seed, 20_000 + facilities.size());
                    facilities.add(new Place(facilityId, county[0] + " " + type[1], Optional.empty(),
                            List.of(korea, provinceId, countyId, facilityId),
                            List.of("North Korea", province.getKey(), county[0], county[0] + " " + type[1] + " " + type[2]),
                            Optional.of(type[0])));
                }
            }
        }
    }

    List<Place> allPlaces() {
        List<Place> all = new ArrayList<>(provinces);
        all.addAll(counties);
        all.addAll(facilities);
        return all;
    }

    /** Counties by province from dprk_counties_adm2_centroids.csv: {MR name, simplified variant}. */
    private static Optional<Map<String, List<String[]>>> counties(Path sharedData) {
        Path file = sharedData.resolve("geo").resolve("dprk_counties_adm2_centroids.csv");
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        Map<String, List<String[]>> byProvince = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                byProvince.computeIfAbsent(row.get("adm1_name"), k -> new ArrayList<>())
                        .add(new String[] {row.get("adm2_name"), row.get("adm2_varname")});
            }
            return Optional.of(byProvince);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
