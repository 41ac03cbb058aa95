package org.kirok.upr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class StatesTest {
    private final States states = States.all();

    @Test
    void every_common_name_of_north_korea_is_kp() {
        for (String name : new String[] {"DPR Korea", "Democratic People's Republic of Korea", "North Korea", "DPRK",
            "Korea, Democratic People's Republic of", "북한", "조선민주주의인민공화국", "KP", "kp"}) {
            assertThat(states.resolve(name)).as(name).contains("KP");
        }
        assertThat(states.resolve("China")).contains("CN");
        assertThat(states.resolve("Republic of Korea")).contains("KR");
        assertThat(states.resolve("Iran (Islamic Republic of)")).contains("IR");
        assertThat(states.resolve("St Kitts & Nevis")).contains("KN");
        assertThat(states.resolve("Côte d'Ivoire")).contains(states.resolve("Cote d'Ivoire").orElseThrow());
    }

    @Test
    void names_states_by_their_un_name_in_english_and_cldr_in_korean() {
        assertThat(states.name("KP", "en")).isEqualTo("Democratic People's Republic of Korea");
        assertThat(states.name("CN", "ko")).isEqualTo("중국");
        assertThat(states.name("FR", "en")).isEqualTo("France");
    }

    @Test
    void unknown_names_resolve_to_nothing() {
        assertThat(states.resolve("Narnia")).isEmpty();
        assertThat(states.resolve("")).isEmpty();
        assertThat(states.resolve(null)).isEmpty();
        assertThat(states.resolve("ZZ")).isEmpty();
    }

    @Test
    void case_and_spacing_do_not_matter() {
        Random random = new Random(3);
        String[] names = {"Russian Federation", "United Kingdom", "Bosnia & Herzegovina", "Viet Nam", "Timor-Leste"};
        for (int i = 0; i < 100; i++) {
            String name = names[random.nextInt(names.length)];
            String varied = (random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT))
                    .replace(" ", "  ");
            assertThat(states.resolve(varied)).as(varied).isEqualTo(states.resolve(name)).isPresent();
        }
    }

    @Test
    void every_state_of_the_upr_info_export_is_known() throws IOException {
        var file = SharedUpr.file("upr_info_recommendations_sessions01-20.csv");
        TreeSet<String> unknown = new TreeSet<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord record : parser) {
                for (String column : new String[] {"state_under_review", "recommending_state"}) {
                    String name = SourceText.unescape(record.get(column));
                    if (!name.equals("(Unknown)") && states.resolve(name).isEmpty()) {
                        unknown.add(name);
                    }
                }
            }
        }
        assertThat(unknown).isEmpty();
    }
}
