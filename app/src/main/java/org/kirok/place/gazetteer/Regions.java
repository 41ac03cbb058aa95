package org.kirok.place.gazetteer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kirok.engine.name.PlaceKeys;
import org.kirok.place.PlaceLevel;

/**
 * The regions every gazetteer format hangs its places on, so that any file can be imported first: countries
 * (named by the JDK's CLDR data in English and Korean) and the first-level divisions of the DPRK (ISO 3166-2:KP,
 * with the names the files use: "North Hamgyong Province", "Hamgyŏng-bukto", 함경북도) and of the Chinese
 * border provinces. GADM's old special regions map to today's provinces: Kaesŏng to North Hwanghae (merged in
 * 2003), Kumgangsan to Kangwon, Sinŭiju to North Pyongan.
 */
final class Regions {
    private Regions() {
    }

    record Region(String externalId, PlaceLevel level, String countryCode, String nameEn, String nameKo,
                  List<String> variants) {

        boolean named(String name) {
            String key = PlaceKeys.canonical(name);
            return !key.isEmpty() && (key.equals(PlaceKeys.canonical(nameEn)) || key.equals(PlaceKeys.canonical(nameKo))
                    || variants.stream().anyMatch(v -> key.equals(PlaceKeys.canonical(v))));
        }
    }

    private static Region kp(String iso, String en, String ko, String... variants) {
        return new Region("iso3166-2:KP-" + iso, PlaceLevel.PROVINCE, "KP", en, ko, List.of(variants));
    }

    private static Region cn(String en, String ko, String... variants) {
        return new Region("cn-province:" + en.toLowerCase(Locale.ROOT), PlaceLevel.PROVINCE, "CN", en, ko,
                List.of(variants));
    }

    static final List<Region> PROVINCES = List.of(
            kp("01", "Pyongyang", "평양직할시", "P'yŏngyang", "Pyongyang Directly Governed City", "평양"),
            kp("02", "South Pyongan", "평안남도", "South Pyongan Province", "P'yŏngan-namdo", "Pyeongannam-do"),
            kp("03", "North Pyongan", "평안북도", "North Pyongan Province", "P'yŏngan-bukto", "Pyeonganbuk-do"),
            kp("04", "Chagang", "자강도", "Chagang Province", "Chagang-do", "Jagang-do"),
            kp("05", "South Hwanghae", "황해남도", "South Hwanghae Province", "Hwanghae-namdo", "Hwanghaenam-do"),
            kp("06", "North Hwanghae", "황해북도", "North Hwanghae Province", "Hwanghae-bukto", "Hwanghaebuk-do"),
            kp("07", "Kangwon", "강원도", "Kangwon Province", "Kangwŏn-do", "Gangwon-do (North)"),
            kp("08", "South Hamgyong", "함경남도", "South Hamgyong Province", "Hamgyŏng-namdo", "Hamgyeongnam-do"),
            kp("09", "North Hamgyong", "함경북도", "North Hamgyong Province", "Hamgyŏng-bukto", "Hamgyeongbuk-do"),
            kp("10", "Ryanggang", "량강도", "Ryanggang Province", "Yanggang", "Ryanggang-do", "양강도"),
            kp("13", "Rason", "라선시", "Rasŏn", "Rason Special City", "Rajin-Sŏnbong", "나선"),
            cn("Liaoning", "랴오닝성", "Liaoning Province", "辽宁", "요령성"),
            cn("Jilin", "지린성", "Jilin Province", "吉林", "길림성"),
            cn("Heilongjiang", "헤이룽장성", "Heilongjiang Province", "黑龙江", "흑룡강성"),
            cn("Guangxi", "광시 좡족 자치구", "Guangxi Zhuang Autonomous Region", "广西", "광서"),
            cn("Yunnan", "윈난성", "Yunnan Province", "云南", "운남성"));

    /** Old GADM first-level units that are parts of today's provinces. */
    private static final List<List<String>> MERGED = List.of(
            List.of("Kaesŏng", "06"), List.of("Kumgangsan", "07"), List.of("Sinŭiju", "03"));

    static Optional<Region> province(String countryCode, String name) {
        for (List<String> merged : MERGED) {
            if (countryCode.equals("KP") && PlaceKeys.canonical(merged.get(0)).equals(PlaceKeys.canonical(name))) {
                return dprkIso(merged.get(1));
            }
        }
        return PROVINCES.stream().filter(r -> r.countryCode().equals(countryCode) && r.named(name)).findFirst();
    }

    static Optional<Region> dprkIso(String suffix) {
        String code = "iso3166-2:KP-" + suffix.strip();
        return PROVINCES.stream().filter(r -> r.externalId().equals(code)).findFirst();
    }

    static Region country(String code) {
        Locale locale = Locale.of("", code);
        String en = locale.getDisplayCountry(Locale.ENGLISH);
        String ko = locale.getDisplayCountry(Locale.KOREAN);
        List<String> variants = code.equals("KP")
                ? List.of("DPRK", "Democratic People's Republic of Korea", "조선민주주의인민공화국", "조선")
                : code.equals("CN") ? List.of("People's Republic of China", "PRC", "中国") : List.of();
        return new Region("iso3166:" + code, PlaceLevel.COUNTRY, code, en.equals(code) ? "Country " + code : en,
                ko.equals(code) ? en : ko, variants);
    }
}
