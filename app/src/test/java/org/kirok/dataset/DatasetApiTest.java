package org.kirok.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.util.Optional;
import java.util.UUID;
import org.kirok.dashboard.Facets;
import org.kirok.security.Role;
import org.kirok.security.User;
import org.kirok.testing.WebSession;
import org.kirok.web.Spreadsheet;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The datasets over real HTTP on the demo data: one row per visible act with the dictionary's columns, a GeoJSON
 * that a strict reading of RFC 7946 accepts with the right feature count, JSON pages, gated counts for partners,
 * no names and no restricted acts for roles that may not see them, and every export in the audit log.
 */
class DatasetApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static TestSystem system;
    static Api coordinator;
    static Api advocacy;
    static Api partner;

    @BeforeAll
    static void start() {
        system = TestSystem.startWithDemo();
        coordinator = system.api(system.tokenFor("ds-coordinator", Role.COORDINATOR));
        advocacy = system.api(system.tokenFor("ds-advocacy", Role.ADVOCACY_OFFICER));
        partner = system.api(system.tokenFor("ds-partner", Role.PARTNER));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    static long sql(String query) {
        return system.kirok().jdbi().withHandle(h -> h.createQuery(query).mapTo(Long.class).one());
    }

    @Test
    void the_csv_and_xlsx_have_one_row_per_visible_act_and_the_dictionarys_columns() throws Exception {
        WebSession session = WebSession.loggedIn(system, "ds-advocacy-page", Role.ADVOCACY_OFFICER, "en");
        var csv = session.get("/datasets/acts.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"kirok-acts.csv\"");
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        var parser = format.parse(new StringReader(stripBom(csv.body())));
        assertThat(parser.getHeaderNames()).containsExactlyElementsOf(DataDictionary.names());
        List<CSVRecord> rows = parser.getRecords();
        assertThat(rows).hasSize((int) sql("SELECT count(*) FROM act WHERE confidentiality <> 'restricted'"));
        assertThat(rows).allMatch(r -> !r.get("confidentiality").equals("restricted"));
        assertThat(rows.stream().map(r -> r.get("province")).filter(p -> !p.isEmpty()).distinct().count()).isGreaterThan(3);
        User user = new User(UUID.randomUUID(), "x", "x", Role.COORDINATOR, Optional.empty(), "en", false, false, false, 1);
        byte[] xlsx = new Datasets(system.kirok().jdbi(), system.kirok().core().access(), system.kirok().core().audit(),
                system.kirok().features().dashboards()).table(user, Facets.none(), Spreadsheet.Format.XLSX);
        try (XSSFWorkbook workbook = workbook(xlsx)) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo((int) sql("SELECT count(*) FROM act"));
        }
        var dictionary = session.get("/datasets/dictionary.csv");
        assertThat(dictionary.body()).contains("victim_age_group", "피해자");
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    @Test
    void json_pages_carry_pseudonymous_rows_only() {
        Api.Response page = coordinator.get("/api/v1/datasets/acts?page=2&size=100");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("items")).hasSize(100);
        JsonNode row = page.json().get("items").get(0);
        List<String> fields = new java.util.ArrayList<>();
        row.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyElementsOf(DataDictionary.names());
        assertThat(row.get("victim_code").asText()).matches("P-[0-9A-F]{8}");
        assertThat(row.get("case_code").asText()).startsWith("A-");
        assertThat(page.body()).doesNotContain("birth_year", "notes", "transcript");
    }

    @Test
    void the_geojson_is_valid_rfc_7946_with_one_feature_per_located_visible_act() throws Exception {
        Api.Response response = advocacy.get("/api/v1/datasets/acts.geojson");
        assertThat(response.status()).isEqualTo(200);
        JsonNode collection = JSON.readTree(response.body());
        GeoJsonRules.check(collection);
        long located = sql("""
                SELECT count(*) FROM act a WHERE a.confidentiality <> 'restricted' AND a.place_id IS NOT NULL
                AND place_located(a.place_id) IS NOT NULL""");
        assertThat(collection.get("features").size()).isEqualTo(located);
        assertThat(collection.get("unlocated").asLong()).isEqualTo(
                sql("SELECT count(*) FROM act WHERE confidentiality <> 'restricted'") - located);
        assertThat(response.body()).doesNotContain("\"restricted\"");
    }

    @Test
    void counts_are_gated_for_everyone_and_partners_get_nothing_else() {
        Api.Response counts = partner.get("/api/v1/datasets/counts");
        assertThat(counts.status()).isEqualTo(200);
        for (JsonNode row : counts.json().get("counts")) {
            if (!row.get("count").isNull()) {
                assertThat(row.get("count").asLong()).matches(n -> n == 0 || n > 10);
            }
        }
        assertThat(partner.get("/api/v1/datasets/acts").status()).isEqualTo(403);
        assertThat(partner.get("/api/v1/datasets/acts.geojson").status()).isEqualTo(403);
        Api.Response mine = coordinator.get("/api/v1/datasets/counts?act_type=torture");
        assertThat(mine.json().get("counts").findValues("suppressed")).isNotEmpty();
    }

    @Test
    void the_dictionary_describes_every_column_in_both_languages() {
        JsonNode columns = coordinator.get("/api/v1/datasets/dictionary").json().get("columns");
        assertThat(columns).hasSize(DataDictionary.COLUMNS.size());
        for (JsonNode column : columns) {
            assertThat(column.get("en").asText()).isNotBlank();
            assertThat(column.get("ko").asText()).isNotBlank();
        }
    }

    @Test
    void bad_facets_get_an_error_naming_the_field() {
        Api.Response bad = coordinator.get("/api/v1/datasets/acts?from=19x5");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").get("field").asText()).isEqualTo("from");
        assertThat(coordinator.get("/api/v1/datasets/acts?from=2020&to=2010").json().get("error").get("field").asText()).isEqualTo("to");
        assertThat(coordinator.get("/api/v1/datasets/acts?sex=W").json().get("error").get("field").asText()).isEqualTo("sex");
    }

    @Test
    void every_export_is_audited_with_its_row_count() {
        long before = sql("SELECT count(*) FROM audit_log WHERE action = 'dataset.export'");
        coordinator.get("/api/v1/datasets/acts?size=7");
        assertThat(sql("SELECT count(*) FROM audit_log WHERE action = 'dataset.export'")).isEqualTo(before + 1);
        String detail = system.kirok().jdbi().withHandle(h -> h.createQuery(
                "SELECT detail FROM audit_log WHERE action = 'dataset.export' ORDER BY seq DESC LIMIT 1").mapTo(String.class).one());
        assertThat(detail).contains("\"rows\":7", "\"format\":\"json\"");
    }

    static XSSFWorkbook workbook(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
