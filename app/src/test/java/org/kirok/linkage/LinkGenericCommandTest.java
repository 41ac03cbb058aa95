package org.kirok.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kirok.app.Main;
import org.kirok.engine.linkage.Gazetteer;

class LinkGenericCommandTest {
    @TempDir
    Path folder;

    private static final String SETTINGS = """
            {"id": "rec", "threshold": 0.5,
             "comparisons": [
               {"name": "name", "type": "text", "column": "name", "metric": "jaro_winkler", "thresholds": [0.9]},
               {"name": "dob", "type": "date", "column": "dob"},
               {"name": "city", "type": "exact", "column": "city"}],
             "blocking": [{"name": "dob", "keys": [{"column": "dob"}]},
                          {"name": "name", "keys": [{"column": "name", "transform": "prefix", "length": 3}]}]}
            """;

    @Test
    void links_two_files_with_settings_and_names_each_record_by_source() throws IOException {
        StringBuilder left = new StringBuilder("rec,name,dob,city\n");
        StringBuilder right = new StringBuilder("rec,name,dob,city\n");
        String[] given = {"anna", "boris", "carla", "dmitri", "elena", "farid", "gita", "hugo", "ines", "jonas", "karim",
            "lena", "marek", "nadia", "oskar", "petra", "quentin", "rosa", "stefan", "tamar"};
        String[] family = {"abbot", "baker", "cohen", "dupont", "evans", "fischer", "garcia", "haddad", "ivanov", "jensen"};
        java.util.Random random = new java.util.Random(8);
        for (int i = 0; i < 200; i++) {
            String name = given[i % 20] + " " + family[(i / 20) % 10];
            String dob = String.format("19%02d-%02d-%02d", 30 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String city = "city" + random.nextInt(30);
            // the second file has a typo in one name in three and a day off in one date in four
            String typo = i % 3 == 0 ? name.substring(0, 2) + name.substring(3) : name;
            String shifted = i % 4 == 0 ? dob.substring(0, 8) + String.format("%02d", 1 + (Integer.parseInt(dob.substring(8)) % 28))
                    : dob;
            left.append("L").append(i).append(',').append(name).append(',').append(dob).append(',').append(city).append('\n');
            right.append("R").append(i).append(',').append(typo).append(',').append(shifted).append(',').append(city)
                    .append('\n');
        }
        Path a = folder.resolve("a.csv");
        Path b = folder.resolve("b.csv");
        Path settings = folder.resolve("settings.json");
        Files.writeString(a, left);
        Files.writeString(b, right);
        Files.writeString(settings, SETTINGS);
        Path out = folder.resolve("out.csv");
        int code = Main.commandLine().execute("link", "generic", a.toString(), b.toString(), "--settings", settings.toString(),
                "--out", out.toString(), "--quiet");
        assertThat(code).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("source,id,cluster_source,cluster");
        assertThat(lines).hasSize(401).contains("1,L1,1,L1").contains("2,R1,1,L1");
        long rightFound = lines.stream().filter(line -> line.matches("2,R(\\d+),1,L\\1")).count();
        assertThat(rightFound).as("records of the second file linked to their twin").isGreaterThanOrEqualTo(170);
        assertThat(lines.stream().filter(line -> line.startsWith("2,") && !line.matches("2,R(\\d+),(1,L|2,R)\\1")))
                .as("records linked to someone else's twin (three crude comparisons: a rare slip is possible)")
                .hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void reports_settings_mistakes_with_their_place_in_the_file() throws IOException {
        Path settings = folder.resolve("bad.json");
        Files.writeString(settings, SETTINGS.replace("\"type\": \"date\"", "\"type\": \"datum\""));
        var error = assertThrowsInput(() -> SettingsFile.read(settings, Gazetteer.EMPTY));
        assertThat(error).contains("comparisons[1]", "datum", "exact, text, date");
        Files.writeString(settings, SETTINGS.replace("[0.9]", "[1.9]"));
        assertThat(assertThrowsInput(() -> SettingsFile.read(settings, Gazetteer.EMPTY))).contains("comparisons[0]", "1.9");
        Files.writeString(settings, "{\"id\": \"rec\"}");
        assertThat(assertThrowsInput(() -> SettingsFile.read(settings, Gazetteer.EMPTY))).contains("\"comparisons\"");
        Files.writeString(settings, "{not json");
        assertThat(assertThrowsInput(() -> SettingsFile.read(settings, Gazetteer.EMPTY))).contains("not valid JSON");
    }

    @Test
    void reads_jedai_long_format_files_and_cli_errors_exit_non_zero() throws IOException {
        Path profiles = folder.resolve("profiles.csv");
        Files.writeString(profiles, """
                entity_index,entity_url,attribute,value
                0,"u0","name","Sony Turntable"
                0,"u0","price","399"
                1,"u1","name","Linksys Switch"
                """);
        CsvTables.Table table = CsvTables.longFormat(profiles);
        assertThat(table.columns()).containsExactly("entity_index", "id", "name", "price");
        assertThat(table.rows().get(1)).containsExactly("1", "u1", "Linksys Switch", "");
        Path settings = folder.resolve("s.json");
        Files.writeString(settings, SETTINGS);
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine().execute("link", "generic", profiles.toString(), "--settings", settings.toString(),
                    "--out", folder.resolve("o.csv").toString());
            assertThat(code).isEqualTo(2);
        } finally {
            System.setErr(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("no column 'rec'");
    }

    @Test
    void reads_crossed_name_columns_and_widening_rules() throws IOException {
        Path settings = folder.resolve("crossed.json");
        Files.writeString(settings, """
                {"id": "rec",
                 "comparisons": [
                   {"name": "first", "type": "text", "column": "first", "thresholds": [0.9], "swap_with": "last"}],
                 "blocking": [{"name": "first", "keys": [{"column": "first"}]},
                              {"name": "first3", "keys": [{"column": "first", "transform": "prefix", "length": 3}],
                               "widening": true}]}
                """);
        var read = SettingsFile.read(settings, Gazetteer.EMPTY).settings();
        assertThat(((org.kirok.engine.linkage.TextComparison) read.comparisons().get(0)).swapWith()).isEqualTo("last");
        assertThat(read.blockingRules()).extracting(org.kirok.engine.linkage.BlockingRule::widening).containsExactly(false, true);
    }

    private static String assertThrowsInput(org.junit.jupiter.api.function.Executable action) {
        return org.junit.jupiter.api.Assertions.assertThrows(InputError.class, action).getMessage();
    }
}
