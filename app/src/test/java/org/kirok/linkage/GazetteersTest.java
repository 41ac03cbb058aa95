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
    void where_the_two_shared_files_disagree_on_a_province_the_administrative_boundaries_decide(@TempDir Path folder)
            throws Exception {
        Files.writeString(folder.resolve("dprk_gazetteer.csv"), """
                csc_id,level,name,name_ascii,province,province_csc_id,iso_3166_2_suffix,latitude,longitude,source
                1,province,North Hwanghae Province,North Hwanghae Province,North Hwanghae Province,1,06,38.5,126.4,test
                2,province,South Hwanghae Province,South Hwanghae Province,South Hwanghae Province,2,05,38.2,125.5,test
                3,city_or_town,Kaesŏng,Kaesong,South Hwanghae Province,2,05,37.97,126.55,test
                4,city_or_town,Sinŭiju,Sinuiju,North Pyongan Province,5,03,40.1,124.4,test
                5,city_or_town,Kosan,Kosan,Kangwon Province,6,07,38.9,127.4,test
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("dprk_counties_adm2_centroids.csv"), """
                adm1_id,adm1_name,adm2_id,adm2_name,adm2_varname,type_local,type_english,centroid_lat,centroid_lon
                4,Hwanghae-bukto,57,Kaesŏng,Kaesong,Si,City,38.03,126.53
                9,Sinŭiju,99,Sinŭiju,,,,40.1,124.4
                6,Hwanghae-bukto,80,Kosan,,,,38.6,126.0
                7,Hwanghae-namdo,81,Kosan,,,,38.1,125.9
                """, StandardCharsets.UTF_8);
        Gazetteer gazetteer = Gazetteers.load(folder);
        assertThat(gazetteer.find("개성").orElseThrow().region()).isEqualTo("North Hwanghae Province");
        assertThat(gazetteer.find("Sinuiju").orElseThrow().region()).as("a unit under the state is no province")
                .isEqualTo("North Pyongan Province");
        assertThat(gazetteer.find("Kosan").orElseThrow().region()).as("a county name two provinces share")
                .isEqualTo("Kangwon Province");
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
