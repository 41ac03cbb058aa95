package org.kirok.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Imports over real HTTP into a real database: bad rows, idempotence, encodings, XLSX, and a round trip. */
@Tag("store")
class ImportApiTest {
    static TestSystem system;
    static Api coder;
    static String testimonyReference;

    static final String PERSONS = """
            external_id,names,sex,birth_year,birth_year_precision,origin_place,confidentiality
            imp-p1,윤정희 | Yun Jong Hui,F,1974,exact,Onsong,internal
            imp-p2,탁명순,F,1981,about,Hoeryong,restricted
            imp-p3,"Kang Chol Su",M,,,,internal
            """;

    @BeforeAll
    static void start() throws Exception {
        system = TestSystem.startWithDemo();
        coder = system.api(system.tokenFor("importer", Role.COORDINATOR));
        Api.Response persons = coder.postBytes("/api/v1/import/persons?format=csv", "text/csv",
                PERSONS.getBytes(StandardCharsets.UTF_8));
        assertThat(persons.status()).as(persons.body()).isEqualTo(200);
        String interviewee = coder.get("/api/v1/persons?q=" + java.net.URLEncoder.encode("윤정희", StandardCharsets.UTF_8))
                .json().get("items").get(0).get("id").asText();
        String testimony = coder.post("/api/v1/testimonies", "{\"interviewee_id\":\"" + interviewee
                + "\",\"interview_date\":\"2020-01-15\",\"language\":\"ko\"}").json().get("id").asText();
        testimonyReference = coder.get("/api/v1/testimonies/" + testimony).json().get("reference").asText();
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static String acts(String... rows) {
        return "external_id,act_type,victim,date,place,perpetrator_organisation,involvement,source,reliability,connection,consequences,legal_basis\n"
                + String.join("\n", rows) + "\n";
    }

    private static Api.Response importActs(String csv, String query) {
        return coder.postBytes("/api/v1/import/acts?format=csv" + query, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void imports_persons_once_and_a_second_import_adds_nothing() {
        Api.Response again = coder.postBytes("/api/v1/import/persons?format=csv", "text/csv",
                PERSONS.getBytes(StandardCharsets.UTF_8));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("accepted").asInt()).isZero();
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(3);
        var found = coder.get("/api/v1/persons?size=500&q=" + java.net.URLEncoder.encode("탁명순", StandardCharsets.UTF_8))
                .json().get("items");
        long copies = java.util.stream.StreamSupport.stream(found.spliterator(), false)
                .filter(p -> p.get("external_id").asText().equals("imp-p2")).count();
        assertThat(copies).isEqualTo(1);
    }

    @Test
    void reports_every_bad_row_with_its_column_and_saves_nothing() {
        String csv = acts(
                "imp-a1,arbitrary_detention,imp-p1,2019-13-45,Onsong,Ministry of Social Security,carried_out," + testimonyReference + ",high,victim,,",
                "imp-a2,beating,imp-p1,2019,Onsong,Ministry of Social Security,carried_out," + testimonyReference + ",high,victim,,",
                "imp-a3,torture,,2019,Onsong,Ministry of State Security,carried_out," + testimonyReference + ",high,victim,,",
                "imp-a4,forced_repatriation,imp-p1,2019-02,Tumen,Chinese Border Defence Forces,handed_over," + testimonyReference + ",high,victim,imprisonment,");
        Api.Response response = importActs(csv, "");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("saved").asBoolean()).isFalse();
        assertThat(response.json().get("rows").asInt()).isEqualTo(4);
        assertThat(response.json().get("accepted").asInt() + response.json().get("rejected").asInt()).isEqualTo(4);
        var errors = response.json().get("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(2);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("date");
        assertThat(errors.get(1).get("row").asInt()).isEqualTo(3);
        assertThat(errors.get(1).get("field").asText()).isEqualTo("act_type");
        assertThat(errors.get(1).get("message").asText()).contains("forced_repatriation");
        assertThat(errors.get(2).get("field").asText()).isEqualTo("victim");
        assertThat(coder.get("/api/v1/acts?act_type=forced_repatriation&source=" + sourceId()).json().get("total").asInt()).isZero();

        Api.Response kept = importActs(csv, "&keep_accepted=true");
        assertThat(kept.json().get("saved").asBoolean()).isTrue();
        assertThat(kept.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(coder.get("/api/v1/acts?act_type=forced_repatriation&source=" + sourceId()).json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void refuses_misspelt_duplicated_and_nul_bearing_columns_naming_them_and_saves_nothing() {
        Api.Response misspelt = coder.postBytes("/api/v1/import/persons?format=csv", "text/csv",
                "external_id,names,contcontact\nmis-1,Ri Ok,+82 10\n".getBytes(StandardCharsets.UTF_8));
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.json().get("error").get("message").asText()).contains("unknown column(s): contcontact");
        Api.Response twice = coder.postBytes("/api/v1/import/persons?format=csv", "text/csv",
                "external_id,names,Names\ndup-1,Ri Ok,Ri Ok Sun\n".getBytes(StandardCharsets.UTF_8));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("error").get("message").asText()).contains("'names' appears twice (columns 2 and 3)");
        Api.Response nul = coder.postBytes("/api/v1/import/persons?format=csv", "text/csv",
                "external_id,names\nnul-1,Ri\u0000Ok\n".getBytes(StandardCharsets.UTF_8));
        assertThat(nul.status()).isEqualTo(422);
        assertThat(nul.body()).contains("NUL character");
        assertThat(coder.get("/api/v1/persons?q=mis-1").json().get("items")).isEmpty();
    }

    @Test
    void refuses_a_korean_windows_file_and_reads_it_when_told_the_encoding() {
        String csv = PERSONS.replace("imp-p", "cp-p");
        byte[] cp949 = csv.getBytes(Charset.forName("x-windows-949"));
        Api.Response refused = coder.postBytes("/api/v1/import/persons?format=csv", "text/csv", cp949);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").get("message").asText()).contains("CP949");
        Api.Response read = coder.postBytes("/api/v1/import/persons?format=csv&encoding=cp949", "text/csv", cp949);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("accepted").asInt()).isEqualTo(3);
    }

    @Test
    void reads_a_bom_and_old_mac_line_ends() {
        String csv = "\uFEFF" + PERSONS.replace("imp-p", "cr-p").replace("\n", "\r");
        Api.Response response = coder.postBytes("/api/v1/import/persons?format=csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("accepted").asInt()).isEqualTo(3);
    }

    @Test
    void reads_an_xlsx_workbook() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            List<List<String>> rows = List.of(List.of("external_id", "names", "sex", "birth_year"),
                    List.of("xl-p1", "문옥화", "F", "1966"), List.of("xl-p2", "Pak Song Il", "M", "1959"));
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (r > 0 && c == 3) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows.get(r).get(c)));
                    } else {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            Api.Response response = coder.postBytes("/api/v1/import/persons?format=xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.toByteArray());
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(response.json().get("accepted").asInt()).isEqualTo(2);
        }
    }

    @Test
    void exported_acts_read_back_as_the_same_acts() {
        String csv = acts(
                "rt-a1,torture,imp-p2,2018,Onsong,Ministry of State Security,carried_out," + testimonyReference + ",medium,eyewitness,injury|trauma,",
                "rt-a2,punishment_for_expression,imp-p2,about 2021,Hyesan,Ministry of State Security,carried_out," + testimonyReference + ",high,victim,,RTCRL 27");
        Api.Response first = importActs(csv, "");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Api.Response exported = coder.get("/api/v1/export/acts.csv?victim=" + personId("탁명순"));
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.body()).contains("rt-a1").contains("rt-a2").contains("injury | trauma").contains("about 2021")
                .contains("RTCRL art. 27");
        Api.Response again = coder.postBytes("/api/v1/import/acts?format=csv", "text/csv",
                exported.body().getBytes(StandardCharsets.UTF_8));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("accepted").asInt()).isZero();
        assertThat(again.json().get("rejected").asInt()).isZero();
        var act = coder.get("/api/v1/acts?victim=" + personId("탁명순")).json().get("items");
        assertThat(act).hasSize(2);
        assertThat(act.toString()).contains("\"date\":\"about 2021\"").contains("\"legal_basis\":\"RTCRL art. 27 (2020)\"");
    }

    /** The person imported as imp-p2 (other tests import namesakes under other external ids). */
    private static String personId(String name) {
        var items = coder.get("/api/v1/persons?size=500&q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))
                .json().get("items");
        return java.util.stream.StreamSupport.stream(items.spliterator(), false)
                .filter(p -> p.get("external_id").asText().equals("imp-p2")).findFirst().orElseThrow()
                .get("id").asText();
    }

    private static String sourceId() {
        return coder.get("/api/v1/testimonies?q=" + testimonyReference).json().get("items").get(0).get("id").asText();
    }
}
