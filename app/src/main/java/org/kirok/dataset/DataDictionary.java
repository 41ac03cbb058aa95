package org.kirok.dataset;

import java.util.List;

/**
 * What every column of the act dataset means, in English and Korean — the same list heads the CSV/XLSX exports,
 * names the GeoJSON properties and the JSON fields, and is published as its own file for R and QGIS users.
 */
public final class DataDictionary {

    /** One column: name, type, meaning in both languages. */
    public record Column(String name, String type, String en, String ko) {
    }

    public static final List<Column> COLUMNS = List.of(
        new Column("case_code", "text", "Pseudonymous case code of the act (one violation against one person)",
                "행위(한 사람에 대한 한 건의 침해)의 가명 사건 번호"),
        new Column("act_type", "code", "Act type, a code of the act_type vocabulary", "행위 유형 (act_type 어휘 코드)"),
        new Column("act_type_en", "text", "Act type in English", "행위 유형 (영어)"),
        new Column("act_type_ko", "text", "Act type in Korean", "행위 유형 (한국어)"),
        new Column("date_start", "date", "Earliest possible day (ISO 8601); empty when open or unknown",
                "가능한 가장 이른 날짜 (ISO 8601); 열려 있거나 미상이면 빈칸"),
        new Column("date_end", "date", "Latest possible day (ISO 8601); empty when open or unknown",
                "가능한 가장 늦은 날짜 (ISO 8601); 열려 있거나 미상이면 빈칸"),
        new Column("date_precision", "code", "day, month, year, decade or unknown", "day, month, year, decade, unknown"),
        new Column("year", "integer", "Year the act began (of the earliest possible day)", "행위가 시작된 연도"),
        new Column("place", "text", "Place, with its parents", "장소 (상위 지역 포함)"),
        new Column("province", "text", "Province (or country outside any province)", "도 (도가 없으면 국가)"),
        new Column("county", "text", "County-level unit (county, city or district under the province)", "군·시·구역"),
        new Column("country_code", "code", "ISO 3166-1 alpha-2 code of the place", "장소의 ISO 3166-1 국가 코드"),
        new Column("latitude", "decimal", "Latitude (WGS 84) of the place or its nearest located parent", "위도 (WGS 84)"),
        new Column("longitude", "decimal", "Longitude (WGS 84) of the place or its nearest located parent", "경도 (WGS 84)"),
        new Column("located_by", "code", "place: the place's own coordinates; parent: those of a parent", "place: 장소 자체 좌표; parent: 상위 지역 좌표"),
        new Column("victim_code", "text", "Pseudonymous code of the victim (the same person has the same code)",
                "피해자의 가명 코드 (같은 사람은 같은 코드)"),
        new Column("victim_sex", "code", "F, M, X or empty", "F, M, X 또는 빈칸"),
        new Column("victim_age_group", "code", "Age when the act began: 0-17, 18-29, 30-44, 45-59, 60+ or unknown",
                "행위 시작 시 연령대"),
        new Column("perpetrators", "text", "Perpetrator organisations, separated by \" | \"", "가해 기관 (\" | \"로 구분)"),
        new Column("perpetrator_degrees", "code", "Degree of involvement of each, in the same order", "각 기관의 관여 정도 (같은 순서)"),
        new Column("sources", "integer", "Number of sources (testimonies, documents) for the act", "행위의 출처(증언, 문서) 수"),
        new Column("reliability", "code", "Highest reliability among the sources", "출처 중 가장 높은 신뢰도"),
        new Column("legal_basis", "text", "Law article the act was based on, if known", "근거 법 조항 (알려진 경우)"),
        new Column("confidentiality", "code", "public, internal or restricted", "public, internal, restricted"));

    private DataDictionary() {
    }

    public static List<String> names() {
        return COLUMNS.stream().map(Column::name).toList();
    }
}
