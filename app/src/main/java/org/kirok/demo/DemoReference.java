package org.kirok.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.app.Features;
import org.kirok.audit.Actor;
import org.kirok.law.ArticleDraft;
import org.kirok.law.LawDraft;
import org.kirok.law.LawVersionDraft;
import org.kirok.organisation.OrganisationDraft;
import org.kirok.organisation.OrganisationKind;
import org.kirok.place.BuiltInPlaces;
import org.kirok.place.FacilityDraft;
import org.kirok.place.PlaceDraft;

/**
 * The reference data the demo stands on: real public geography and facilities (demo/places.tsv), the state
 * organs that appear as perpetrators, fictional NGOs, and the DPRK laws named in the domain primer.
 */
final class DemoReference {
    final Map<String, UUID> places = new HashMap<>();
    final Map<String, UUID> organisations = new HashMap<>();
    final Map<String, UUID> articles = new HashMap<>();

    static DemoReference load(Handle handle, Features features) {
        DemoReference refs = new DemoReference();
        refs.organisations(handle, features);
        refs.places(handle, features);
        refs.laws(handle, features);
        return refs;
    }

    private void organisations(Handle handle, Features features) {
        Object[][] rows = {
            {"MSS", OrganisationKind.STATE_ORGAN, "Ministry of State Security", "국가보위성", "MSS", "KP", null},
            {"MSS-NH", OrganisationKind.STATE_ORGAN, "North Hamgyong Provincial State Security Bureau", "함경북도 국가보위국", null, "KP", "MSS"},
            {"MSS-RG", OrganisationKind.STATE_ORGAN, "Ryanggang Provincial State Security Bureau", "량강도 국가보위국", null, "KP", "MSS"},
            {"MPS", OrganisationKind.STATE_ORGAN, "Ministry of Social Security", "사회안전성", "MPS", "KP", null},
            {"KPA", OrganisationKind.ARMED_FORCE, "Korean People's Army", "조선인민군", "KPA", "KP", null},
            {"BORDER", OrganisationKind.ARMED_FORCE, "Border Guard Command", "국경경비총국", null, "KP", "KPA"},
            {"COURT", OrganisationKind.STATE_ORGAN, "Provincial People's Court", "도 인민재판소", null, "KP", null},
            {"CN-PSB", OrganisationKind.STATE_ORGAN, "Chinese Public Security", "중국 공안", "PSB", "CN", null},
            {"CN-BDF", OrganisationKind.STATE_ORGAN, "Chinese Border Defence Forces", "중국 변방부대", null, "CN", "CN-PSB"},
            {"VN-POLICE", OrganisationKind.STATE_ORGAN, "Vietnamese police", "베트남 경찰", null, "VN", null},
            {"OHCHR", OrganisationKind.UN_BODY, "Office of the UN High Commissioner for Human Rights", "유엔 인권최고대표사무소", "OHCHR", null, null},
            {"WGEID", OrganisationKind.UN_BODY, "Working Group on Enforced or Involuntary Disappearances", "강제적·비자발적 실종에 관한 실무그룹", "WGEID", null, null},
            {"NGO-HANBIT", OrganisationKind.NGO, "Hanbit Documentation Centre (fictional)", "한빛기록센터 (가상)", "HDC", "KR", null},
            {"NGO-SAEBYEOK", OrganisationKind.NGO, "Saebyeok Rights Network (fictional)", "새벽인권네트워크 (가상)", "SRN", "KR", null},
            {"NGO-DALBIT", OrganisationKind.NGO, "Dalbit Families Association (fictional)", "달빛가족회 (가상)", null, "KR", null},
        };
        for (Object[] row : rows) {
            UUID parent = row[6] == null ? null : organisations.get((String) row[6]);
            UUID id = features.organisations().create(handle, Actor.SYSTEM, new OrganisationDraft(
                    (OrganisationKind) row[1], (String) row[2], Optional.of((String) row[3]),
                    Optional.ofNullable((String) row[4]), Optional.ofNullable((String) row[5]), Optional.ofNullable(parent),
                    Optional.of("Demo reference data"), Optional.of("demo-org-" + row[0])));
            organisations.put((String) row[0], id);
        }
    }

    private void places(Handle handle, Features features) {
        for (BuiltInPlaces.Row row : BuiltInPlaces.rows()) {
            Optional<UUID> parent = row.parent().isEmpty() ? Optional.empty() : Optional.of(places.get(row.parent()));
            PlaceDraft draft = new PlaceDraft(row.level(), row.nameEn(), Optional.of(row.nameKo()), row.variants(), parent,
                    row.country(), Optional.of(row.latitude()), Optional.of(row.longitude()),
                    Optional.of("approximate (demo)"), Optional.of(externalId(row.key(), row.country(), row.nameEn())));
            Optional<FacilityDraft> facility = row.facilityType().isEmpty() ? Optional.empty()
                    : Optional.of(new FacilityDraft(features.vocabularies().termId("facility_type", row.facilityType()),
                    Optional.of(row.number()).filter(s -> !s.isEmpty()),
                    Optional.of(row.operator()).filter(s -> !s.isEmpty()).map(organisations::get),
                    Optional.empty(), Optional.empty()));
            places.put(row.key(), features.places().create(handle, Actor.SYSTEM, draft, facility));
        }
    }

    private void laws(Handle handle, Features features) {
        var laws = features.laws();
        UUID rtcrl = laws.ensureLaw(handle, Actor.SYSTEM, new LawDraft("Reactionary Thought and Culture Rejection Law",
                Optional.of("반동사상문화배격법"), Optional.of("RTCRL"), "KP", Optional.of("Adopted December 2020."),
                Optional.of("demo-law-RTCRL")));
        UUID rtcrl2020 = laws.ensureVersion(handle, Actor.SYSTEM, rtcrl, new LawVersionDraft("2020",
                Optional.of(LocalDate.of(2020, 12, 4)), Optional.of("As adopted")));
        articles.put("RTCRL-27", laws.ensureArticle(handle, Actor.SYSTEM, rtcrl2020, new ArticleDraft("27",
                Optional.of("Watching or spreading South Korean films, recordings and publications"),
                Optional.of("남조선 영화·록화물·편집물 시청 및 류포"),
                Optional.of("Reported penalty: reform through labour of 5 to 15 years; heavier for large quantities or distribution."),
                Optional.of("보도된 처벌: 5년 이상 15년 이하의 로동교화형, 대량 또는 류포 시 가중."))));
        UUID yegl = laws.ensureLaw(handle, Actor.SYSTEM, new LawDraft("Youth Education Guarantee Law",
                Optional.of("청년교양보장법"), Optional.of("YEGL"), "KP", Optional.empty(), Optional.of("demo-law-YEGL")));
        laws.ensureVersion(handle, Actor.SYSTEM, yegl, new LawVersionDraft("2021", Optional.of(LocalDate.of(2021, 9, 29)),
                Optional.empty()));
        UUID pclpa = laws.ensureLaw(handle, Actor.SYSTEM, new LawDraft("Pyongyang Cultural Language Protection Act",
                Optional.of("평양문화어보호법"), Optional.of("PCLPA"), "KP", Optional.empty(), Optional.of("demo-law-PCLPA")));
        UUID pclpa2023 = laws.ensureVersion(handle, Actor.SYSTEM, pclpa, new LawVersionDraft("2023",
                Optional.of(LocalDate.of(2023, 1, 18)), Optional.empty()));
        for (String number : List.of("58", "59")) {
            articles.put("PCLPA-" + number, laws.ensureArticle(handle, Actor.SYSTEM, pclpa2023, new ArticleDraft(number,
                    Optional.of("Penalties for using or spreading South Korean speech"),
                    Optional.of("괴뢰말투 사용·류포에 대한 처벌"), Optional.empty(), Optional.empty())));
        }
        UUID criminal = laws.ensureLaw(handle, Actor.SYSTEM, new LawDraft("Criminal Law", Optional.of("형법"),
                Optional.of("CL"), "KP", Optional.empty(), Optional.of("demo-law-CL")));
        UUID criminal2015 = laws.ensureVersion(handle, Actor.SYSTEM, criminal, new LawVersionDraft("2015",
                Optional.of(LocalDate.of(2015, 7, 22)), Optional.of("Amended by SPA Presidium directive")));
        articles.put("CL-221", laws.ensureArticle(handle, Actor.SYSTEM, criminal2015, new ArticleDraft("221",
                Optional.of("Illegal crossing of the border"), Optional.of("비법국경출입죄"), Optional.empty(), Optional.empty())));
        UUID procedure = laws.ensureLaw(handle, Actor.SYSTEM, new LawDraft("Criminal Procedure Law", Optional.of("형사소송법"),
                Optional.of("CPL"), "KP", Optional.empty(), Optional.of("demo-law-CPL")));
        laws.ensureVersion(handle, Actor.SYSTEM, procedure, new LawVersionDraft("2012", Optional.of(LocalDate.of(2012, 5, 14)),
                Optional.empty()));
    }

    /** KP province keys and their ISO 3166-2:KP codes. */
    private static final Map<String, String> ISO_PROVINCES = Map.ofEntries(Map.entry("KP-PY", "01"),
            Map.entry("KP-SP", "02"), Map.entry("KP-NP", "03"), Map.entry("KP-CG", "04"), Map.entry("KP-SW", "05"),
            Map.entry("KP-NW", "06"), Map.entry("KP-KW", "07"), Map.entry("KP-SH", "08"), Map.entry("KP-NH", "09"),
            Map.entry("KP-RG", "10"), Map.entry("KP-RS", "13"));

    /**
     * Countries and provinces get the ids the gazetteer importer gives them, so that importing a gazetteer into a
     * demo database merges into these places instead of creating second ones.
     */
    private static String externalId(String key, String country, String nameEn) {
        if (key.length() == 2) {
            return "iso3166:" + key;
        }
        if (ISO_PROVINCES.containsKey(key)) {
            return "iso3166-2:KP-" + ISO_PROVINCES.get(key);
        }
        if (country.equals("CN") && key.length() == 5) {
            return "cn-province:" + nameEn.toLowerCase(java.util.Locale.ROOT);
        }
        return "demo-place-" + key;
    }

    UUID place(String key) {
        UUID id = places.get(key);
        if (id == null) {
            throw new IllegalStateException("demo place " + key + " is missing from demo/places.tsv");
        }
        return id;
    }

    UUID organisation(String key) {
        return organisations.get(key);
    }
}
