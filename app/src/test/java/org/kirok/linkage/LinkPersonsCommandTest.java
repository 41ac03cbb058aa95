package org.kirok.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kirok.app.Main;
import org.kirok.engine.linkage.KoreanMentions;

class LinkPersonsCommandTest {
    @TempDir
    Path folder;

    private int run(String... args) {
        return Main.commandLine().execute(args);
    }

    private String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writes_a_cluster_for_every_id_and_links_the_same_man_across_scripts() throws IOException {
        Path input = folder.resolve("mentions.csv");
        StringBuilder csv = new StringBuilder("id,name,birth_year,sex,place\n");
        csv.append("t1,김영철,1968,M,회령\n");
        csv.append("t2,\"Kim Yong Chol\",1968,M,Hoeryŏng\n");
        csv.append("t3,Young-chul Kim,1969,,\n");
        csv.append("t4,탁명순,1950,F,무산\n");
        csv.append("t5,박정민,1990,F,평양\n");
        for (KoreanMentions.Mention m : KoreanMentions.generate(1_500, 5)) {
            csv.append(m.id()).append(',').append('"').append(m.name().replace("\"", "\"\"")).append('"').append(',')
                    .append(m.birthYear()).append(',').append(m.sex()).append(',').append(m.place()).append('\n');
        }
        Files.writeString(input, csv.toString());
        Path out = folder.resolve("clusters.csv");
        Path pairs = folder.resolve("pairs.csv");
        assertThat(run("link", "persons", input.toString(), "--out", out.toString(), "--explain", pairs.toString(), "--quiet"))
                .isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("id,cluster");
        assertThat(lines).hasSize(1 + 5 + 1_500);
        Map<String, String> cluster = new HashMap<>();
        lines.subList(1, lines.size()).forEach(line -> cluster.put(line.split(",")[0], line.split(",")[1]));
        assertThat(cluster.get("t2")).isEqualTo(cluster.get("t1"));
        assertThat(cluster.get("t4")).isNotEqualTo(cluster.get("t1"));
        assertThat(cluster.get("t5")).isNotEqualTo(cluster.get("t1"));
        List<String> explained = Files.readAllLines(pairs);
        assertThat(explained.get(0)).startsWith("id_l,id_r,probability,match_weight,prior_bits,surname_level");
        assertThat(explained).anyMatch(line -> line.startsWith("t1,t2,") || line.startsWith("t2,t1,"));
    }

    @Test
    void trains_on_confirmed_pairs_and_rejects_pairs_naming_unknown_ids() throws IOException {
        Path input = folder.resolve("mentions.csv");
        StringBuilder csv = new StringBuilder("id,name,birth_year,sex,place\n");
        var mentions = KoreanMentions.generate(600, 9);
        for (KoreanMentions.Mention m : mentions) {
            csv.append(m.id()).append(",\"").append(m.name().replace("\"", "\"\"")).append("\",").append(m.birthYear())
                    .append(',').append(m.sex()).append(',').append(m.place()).append('\n');
        }
        Files.writeString(input, csv.toString());
        StringBuilder pairs = new StringBuilder("id_l,id_r\n");
        for (int i = 1; i < mentions.size(); i++) {
            if (mentions.get(i).person().equals(mentions.get(i - 1).person())) {
                pairs.append(mentions.get(i - 1).id()).append(',').append(mentions.get(i).id()).append('\n');
            }
        }
        Path confirmed = folder.resolve("confirmed.csv");
        Files.writeString(confirmed, pairs.toString());
        Path out = folder.resolve("clusters.csv");
        assertThat(run("link", "persons", input.toString(), "--out", out.toString(), "--confirmed", confirmed.toString(),
                "--quiet")).isZero();
        assertThat(Files.readAllLines(out)).hasSize(601);
        Files.writeString(confirmed, "id_l,id_r\nM0,nobody\n");
        assertThat(stderrOf(() -> run("link", "persons", input.toString(), "--out", out.toString(), "--confirmed",
                confirmed.toString(), "--quiet"))).contains("row 2", "field id_r", "'nobody'");
    }

    @Test
    void rejects_a_bad_birth_year_with_row_field_and_reason() throws IOException {
        Path input = folder.resolve("bad.csv");
        Files.writeString(input, "id,name,birth_year,sex,place\na,김영철,1968,M,\nb,박정민,about 50,F,\n");
        String error = stderrOf(() -> assertThat(run("link", "persons", input.toString(), "--out",
                folder.resolve("o.csv").toString(), "--quiet")).isEqualTo(2));
        assertThat(error).contains("row 3", "birth_year", "about 50", "four-digit year");
    }

    @Test
    void rejects_missing_columns_duplicate_ids_and_empty_names() throws IOException {
        Path noPlace = folder.resolve("no_place.csv");
        Files.writeString(noPlace, "id,name,birth_year,sex\na,김영철,1968,M\n");
        assertThat(stderrOf(() -> run("link", "persons", noPlace.toString(), "--out", folder.resolve("o.csv").toString())))
                .contains("no column 'place'");
        Path twice = folder.resolve("twice.csv");
        Files.writeString(twice, "id,name,birth_year,sex,place\na,김영철,,,\na,박정민,,,\n");
        assertThat(stderrOf(() -> run("link", "persons", twice.toString(), "--out", folder.resolve("o.csv").toString())))
                .contains("row 3", "field id", "'a' appears twice");
        Path noName = folder.resolve("no_name.csv");
        Files.writeString(noName, "id,name,birth_year,sex,place\na,,1968,M,\n");
        assertThat(stderrOf(() -> run("link", "persons", noName.toString(), "--out", folder.resolve("o.csv").toString())))
                .contains("row 2", "field name", "empty");
        Path badSex = folder.resolve("sex.csv");
        Files.writeString(badSex, "id,name,birth_year,sex,place\na,김영철,1968,Q,\n");
        assertThat(stderrOf(() -> run("link", "persons", badSex.toString(), "--out", folder.resolve("o.csv").toString())))
                .contains("field sex", "'Q'");
    }
}
