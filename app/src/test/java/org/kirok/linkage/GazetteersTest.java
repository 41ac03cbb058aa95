package org.kirok.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kirok.engine.linkage.Gazetteer;

/** The linkage gazetteer: the shared geo files first, Kirok's own places for the names they lack. */
class GazetteersTest {
    @Test
    void without_shared_files_the_built_in_places_are_found_in_every_script(@TempDir Path empty) throws Exception {
        Gazetteer gazetteer = Gazetteers.load(empty);
        Gazetteer.Place tanchon = gazetteer.find("Tanch'ŏn").orElseThrow();
        assertThat(gazetteer.find("단천시")).contains(tanchon);
        assertThat(tanchon.region()).isEqualTo("South Hamgyong");
        assertThat(gazetteer.find("라선")).map(Gazetteer.Place::region).contains("Rason");
        assertThat(gazetteer.find("Hamhŭng").orElseThrow().kilometresTo(tanchon)).isBetween(80.0, 140.0);
        assertThat(gazetteer.find("Camp 15")).as("facilities are no hometowns").isEmpty();
    }

    @Test
    void a_place_in_the_shared_files_keeps_their_coordinates_and_region(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("dprk_gazetteer.csv"), """
                csc_id,level,name,name_ascii,province,province_csc_id,iso_3166_2_suffix,latitude,longitude,source
                1,city_or_town,Hamhŭng,Hamhung,South Hamgyong Province,4000,08,39.9,127.5,test
                """, StandardCharsets.UTF_8);
        Gazetteer gazetteer = Gazetteers.load(folder);
        assertThat(gazetteer.find("Hamhung").orElseThrow().region()).isEqualTo("South Hamgyong Province");
        assertThat(gazetteer.find("Tanchon")).as("and the built-in places fill the gaps").isPresent();
    }

    @Test
    void a_malformed_shared_row_names_file_row_and_field(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("china_border_cities.csv"), """
                name,province,latitude,longitude
                Dandong,Liaoning,north,124.4
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Gazetteers.load(folder)).hasMessageContaining("china_border_cities.csv row 1")
                .hasMessageContaining("Dandong").hasMessageContaining("latitude");
    }
}
