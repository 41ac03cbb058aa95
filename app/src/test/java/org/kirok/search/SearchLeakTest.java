package org.kirok.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.kirok.app.Features;
import org.kirok.search.index.IndexStorage;
import org.kirok.search.source.ActSource;
import org.kirok.search.source.LawSource;
import org.kirok.search.source.OrganisationSource;
import org.kirok.search.source.PersonSource;
import org.kirok.search.source.PlaceSource;
import org.kirok.search.source.TestimonySource;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The seized-disk promise for the index: seeded names and transcript markers are found nowhere in the index files,
 * with either storage option — while the same scan does find a transcript's words in a plain index built from the
 * same records, so it would see a leak.
 */
@Tag("store")
class SearchLeakTest {
    static TestSystem system;
    static final List<String> NAMES = new ArrayList<>();
    static final List<String> MARKERS = new ArrayList<>();
    /** Names that appear in no transcript or summary: in any index only as keyed hashes. */
    static final List<String> NAMES_ONLY = new ArrayList<>();
    static final String ORGANISATION = "Qzorganisationcontrol";

    @BeforeAll
    static void seed() {
        system = TestSystem.start();
        Api coder = system.api(system.tokenFor("leak-coder", Role.CODER));
        assertThat(coder.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"" + ORGANISATION + "\"}").status())
                .isEqualTo(201);
        Random random = new Random(1_000_003L);
        for (int i = 0; i < 40; i++) {
            String hangul = hangulName(random);
            String latin = "Zqv" + Long.toString(random.nextLong() & 0xffffffffL, 36) + " Wrmbt" + i;
            NAMES.add(hangul);
            NAMES.add(latin);
            String person = SearchFixture.created(coder.post("/api/v1/persons", "{\"names\":[{\"text\":\"" + hangul
                    + "\"},{\"text\":\"" + latin + "\"}],\"sex\":\"F\",\"birth_year\":1970}"));
            if (i % 4 != 0) {
                NAMES_ONLY.add(hangul);
                NAMES_ONLY.add(latin);
            } else {
                String marker = "Xylqpw" + UUID.randomUUID().toString().replace("-", "");
                MARKERS.add(marker);
                SearchFixture.created(coder.post("/api/v1/testimonies", "{\"interviewee_id\":\"" + person
                        + "\",\"interview_date\":\"2019-05-01\",\"language\":\"ko\",\"transcript\":\"" + marker
                        + " 정치범수용소에서 " + hangul + " 씨를 만났다\",\"summary\":\"" + latin + " " + marker + "\"}"));
                SearchFixture.created(coder.post("/api/v1/acts", "{\"act_type\":\"torture\",\"victim_id\":\"" + person
                        + "\",\"date\":\"2018\"}"));
            }
        }
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    @Test
    void the_encrypted_index_of_the_running_system_holds_no_name_and_no_transcript() throws IOException {
        SearchService search = system.kirok().features().search();
        search.catchUp();
        search.commit();
        assertThat(search.status().documents().get("person")).isEqualTo(40);
        Path index = system.dataDirectory().resolve("index");
        assertThat(leaks(index)).isEmpty();
        assertThat(found(index, ORGANISATION.toLowerCase(Locale.ROOT))).as("nothing is in the clear, not even this")
                .isEmpty();
    }

    @Test
    void the_in_memory_option_leaves_no_name_and_no_transcript_on_disk() throws IOException {
        Path directory = Files.createTempDirectory("kirok-leak-memory");
        try (SearchService search = service()) {
            search.open(new IndexStorage.ProtectedInMemory(directory));
            search.rebuild(count -> { });
        }
        assertThat(found(directory, ORGANISATION.toLowerCase(Locale.ROOT))).as("the scan sees what is on disk")
                .isNotEmpty();
        assertThat(leaks(directory)).isEmpty();
    }

    @Test
    void a_plain_index_of_the_same_records_would_show_transcripts_so_the_scan_would_see_a_leak() throws IOException {
        Path directory = Files.createTempDirectory("kirok-leak-plain");
        try (SearchService search = service()) {
            search.open(new IndexStorage.Plain(directory));
            search.rebuild(count -> { });
        }
        assertThat(MARKERS.stream().filter(marker -> foundQuietly(directory, tail(marker))).toList())
                .as("transcripts' markers in a plain index").isNotEmpty();
        assertThat(NAMES_ONLY.stream().filter(name -> foundQuietly(directory, name)).toList())
                .as("names outside transcripts are keyed hashes even in a plain index").isEmpty();
    }

    private static SearchService service() {
        Features features = system.kirok().features();
        var core = system.kirok().core();
        return new SearchService(core.jdbi(), core.vault(), core.access(), List.of(
                new TestimonySource(core.vault(), core.access(), features.persons(), core.audit()),
                new ActSource(core.access(), features.persons()),
                new PersonSource(core.vault(), core.access(), features.persons()),
                new PlaceSource(), new OrganisationSource(), new LawSource()));
    }

    /** Every secret, as typed and lower-cased (analyzers lower-case terms), found under the directory. */
    private static List<String> leaks(Path directory) throws IOException {
        List<String> leaks = new ArrayList<>();
        List<String> secrets = new ArrayList<>(NAMES);
        secrets.addAll(MARKERS);
        MARKERS.stream().map(SearchLeakTest::tail).forEach(secrets::add);
        for (String secret : secrets) {
            for (String form : List.of(secret, secret.toLowerCase(Locale.ROOT))) {
                found(directory, form).forEach(file -> leaks.add(form + " in " + directory.relativize(file)));
            }
        }
        return leaks;
    }

    /**
     * The random end of a marker. Markers share their first letters, and Lucene writes a term as the suffix after
     * the prefix it shares with the term before it (and LZ4 may do the same in stored fields), so only the random
     * end is sure to appear whole wherever the marker is written in the clear.
     */
    private static String tail(String marker) {
        return marker.substring(marker.length() - 24).toLowerCase(Locale.ROOT);
    }

    private static boolean foundQuietly(Path directory, String text) {
        try {
            return !found(directory, text).isEmpty() || !found(directory, text.toLowerCase(Locale.ROOT)).isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Path> found(Path directory, String text) throws IOException {
        String needle = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        List<Path> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(needle)) {
                    hits.add(file);
                }
            }
        }
        return hits;
    }

    private static String hangulName(Random random) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            name.appendCodePoint(0xAC00 + random.nextInt(11_172));
        }
        return name.toString();
    }
}
