package org.kirok.place.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.audit.Actor;
import org.kirok.place.Place;
import org.kirok.place.PlaceService;
import org.kirok.store.InvalidInputException;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gazetteer import against the real files in shared/data/geo, then name resolution on what it imported. */
class GazetteerImportTest {
    static final Path GEO = Path.of(Optional.ofNullable(System.getenv("KIROK_SHARED_DATA")).orElse("../../shared/data"))
            .resolve("geo");
    static TestSystem system;
    static PlaceService places;
    static GazetteerImport importer;
    static ImportReport counties;
    static ImportReport towns;
    static ImportReport facilities;

    @BeforeAll
    static void importAll() throws IOException {
        assumeTrue(Files.isDirectory(GEO), "shared gazetteer data not found at " + GEO.toAbsolutePath()
                + " (set KIROK_SHARED_DATA): skipping the gazetteer import tests");
        system = TestSystem.start();
        places = system.kirok().features().places();
        importer = new GazetteerImport(system.kirok().jdbi(), places);
        counties = run(GEO.resolve("dprk_counties_adm2_centroids.csv"), false);
        towns = run(GEO.resolve("dprk_gazetteer.csv"), false);
        run(GEO.resolve("china_border_cities.csv"), false);
        facilities = run(GEO.resolve("dprk_detention_facilities.csv"), false);
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    static ImportReport run(Path file, boolean skipRejected) throws IOException {
        var prepared = importer.prepare(file, GazetteerFormat.AUTO);
        return importer.run(prepared, Actor.cli("test"), new GazetteerImport.Options(prepared.format(), skipRejected,
                false, () -> { }));
    }

    static Optional<UUID> resolve(String name, String country) {
        return system.kirok().jdbi().withHandle(handle -> places.resolve(handle, name, Optional.ofNullable(country)));
    }

    static Place place(String name) {
        return places.view(resolve(name, null).orElseThrow(() -> new AssertionError("no place " + name)));
    }

    @Test
    void imports_every_row_of_the_real_files() {
        assertThat(counties.accepted()).isEqualTo(186);
        assertThat(counties.rejected()).isEmpty();
        assertThat(towns.accepted() + towns.updated()).isEqualTo(91);
        assertThat(facilities.accepted()).isEqualTo(8);
        assertThat(facilities.unchanged()).isEqualTo(6);
        assertThat(facilities.committed()).isTrue();
    }

    @Test
    void a_second_import_of_the_same_file_adds_nothing() throws IOException {
        for (String file : List.of("dprk_counties_adm2_centroids.csv", "dprk_gazetteer.csv", "china_border_cities.csv",
                "dprk_detention_facilities.csv")) {
            ImportReport again = run(GEO.resolve(file), false);
            assertThat(again.accepted()).as(file).isZero();
            assertThat(again.updated()).as(file).isZero();
            assertThat(again.unchanged()).as(file).isEqualTo(again.rows());
        }
    }

    @Test
    void kaesong_lies_in_north_hwanghae_not_where_the_file_puts_it() {
        Place town = places.view(system.kirok().jdbi().withHandle(h -> places.idByExternalId(h, "csc:65206")).orElseThrow());
        assertThat(town.label("en")).contains("North Hwanghae").doesNotContain("South Hwanghae");
        assertThat(towns.notes()).anyMatch(note -> note.contains("Kaesŏng"));
    }

    @Test
    void hangul_finds_the_romanized_county_and_its_seat_resolves_to_the_county() {
        Place hoeryong = place("회령");
        assertThat(hoeryong.nameEn()).isEqualTo("Hoeryŏng");
        assertThat(hoeryong.label("en")).isEqualTo("Hoeryŏng, North Hamgyong, KP");
        assertThat(place("Hoeryong").id()).isEqualTo(hoeryong.id());
        assertThat(place("Onsong, North Hamgyong").label("en")).isEqualTo("Onsŏng, North Hamgyong, KP");
        assertThat(place("함경북도").nameKo()).contains("함경북도");
    }

    @Test
    void dongxing_is_the_guangxi_city_and_an_ambiguous_name_names_its_candidates() throws IOException {
        assertThat(place("Dongxing").label("en")).isEqualTo("Dongxing, Guangxi, CN");
        Path geonames = Files.createTempFile("geonames", ".txt");
        Files.writeString(geonames, String.join("\t", "2037860", "Dongxing", "Dongxing", "Dongxing,东兴", "45.36088",
                "130.78679", "P", "PPL", "CN", "", "08", "", "", "", "0", "", "150", "Asia/Harbin", "2012-01-18") + "\n");
        ImportReport report = run(geonames, false);
        assertThat(report.accepted()).isEqualTo(1);
        assertThatThrownBy(() -> resolve("Dongxing", "CN")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ambiguous").hasMessageContaining("Guangxi");
        assertThat(resolve("Dongxing, Guangxi", null)).isPresent();
        assertThat(resolve("Nowhere-ri", null)).isEmpty();
    }

    @Test
    void camps_sit_in_their_county_with_type_and_labelled_approximate_coordinates() {
        Place yodok = place("Yodok concentration camp");
        assertThat(yodok.facility()).isPresent();
        assertThat(places.vocabularies().term(yodok.facility().get().typeId()).orElseThrow().code()).isEqualTo("kwanliso");
        assertThat(yodok.ancestors().get(0).nameEn()).isEqualTo("Yodŏk");
        assertThat(yodok.coordNote()).hasValueSatisfying(note -> assertThat(note).startsWith("approximate"));
        Place kaechon = place("Kaechon internment camp");
        assertThat(kaechon.latitude()).contains(39.571086);
        assertThat(kaechon.nameKo()).contains("제14호 관리소");
        List<Place> inProvince = places.facilitiesWithin(kaechon.ancestors().get(1).id());
        assertThat(inProvince).extracting(Place::nameEn).contains("Kaechon internment camp", "Kaechon kyohwaso No. 1");
    }

    @Test
    void bad_rows_are_reported_with_row_field_and_reason_and_nothing_is_saved(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("bad.csv");
        byte[] header = ("name,province,latitude,longitude,csc_city_id,relevance,seed_reference,source\n"
                + "Goodtown,Jilin,42.1,129.1,,ok,,test\n"
                + "Wrongcoords,Jilin,142.1,129.1,,bad latitude,,test\n"
                + "Orphan,Atlantis,42.1,129.1,,unknown parent,,test\n").getBytes(StandardCharsets.UTF_8);
        byte[] broken = "Broken\u0000,Jilin,42.1,129.1,,".getBytes(StandardCharsets.UTF_8);
        broken[6] = (byte) 0xC3; // a lone UTF-8 lead byte: not valid UTF-8
        byte[] tail = "encoding,,test\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, concat(header, broken, tail));
        ImportReport report = run(file, false);
        assertThat(report.rejected()).extracting(ImportReport.Rejection::row, ImportReport.Rejection::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "latitude"),
                        org.assertj.core.groups.Tuple.tuple(4L, "province"), org.assertj.core.groups.Tuple.tuple(5L, "name"));
        assertThat(report.rejected().get(1).reason()).contains("unknown parent").contains("Atlantis");
        assertThat(report.rejected().get(2).reason()).contains("UTF-8");
        assertThat(report.committed()).isFalse();
        assertThat(resolve("Goodtown", null)).isEmpty();
        ImportReport partial = run(file, true);
        assertThat(partial.committed()).isTrue();
        assertThat(resolve("Goodtown", null)).isPresent();
    }

    @Test
    void refuses_a_file_that_is_no_gazetteer(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("other.csv");
        Files.writeString(file, "a,b\n1,2\n");
        assertThatThrownBy(() -> importer.prepare(file, GazetteerFormat.AUTO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--format");
        assertThatThrownBy(() -> importer.prepare(file, GazetteerFormat.CHINA_BORDER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lacks the columns");
        assertThatThrownBy(() -> importer.prepare(file, GazetteerFormat.GEONAMES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tab-separated")
                .hasMessageContaining("[a, b]");
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
