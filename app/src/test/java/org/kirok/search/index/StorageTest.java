package org.kirok.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kirok.search.index.cipher.IndexKey;
import org.junit.jupiter.api.Test;

/**
 * The storage options: commits carry the audit sequence number and survive a reopen, uncommitted writes do not;
 * the encrypted index reopens only with its key; the in-memory option keeps documents with protected text off the
 * disk; in every option, the files on disk hold neither protected text nor names.
 */
class StorageTest {
    private static final String MARKER = "zqxwvmarker";

    @Test
    void a_commit_records_its_sequence_number_and_uncommitted_writes_are_lost_on_reopen() throws IOException {
        Path directory = Files.createTempDirectory("kirok-storage");
        IndexKey key = IndexKey.random();
        SearchDocument committed = TestIndex.text("committed");
        try (TestIndex index = TestIndex.open(new IndexStorage.Encrypted(directory, key), directory)) {
            assertThat(index.index.committedSequence()).isEmpty();
            index.add(committed);
            index.index.commit(41);
            index.add(TestIndex.text("uncommitted"));
            assertThat(index.ids("uncommitted")).hasSize(1);
        } // closing without a commit is what a crash leaves: the last commit
        try (TestIndex index = TestIndex.open(new IndexStorage.Encrypted(directory, key), directory)) {
            assertThat(index.index.committedSequence()).hasValue(41);
            assertThat(index.ids("committed")).containsExactly(committed.id());
            assertThat(index.ids("uncommitted")).isEmpty();
        }
    }

    @Test
    void an_encrypted_index_does_not_open_with_another_key() throws IOException {
        Path directory = Files.createTempDirectory("kirok-storage");
        try (TestIndex index = TestIndex.open(new IndexStorage.Encrypted(directory, IndexKey.random()), directory)) {
            index.add(TestIndex.text("something"));
            index.index.commit(1);
        }
        assertThatThrownBy(() -> TestIndex.open(new IndexStorage.Encrypted(directory, IndexKey.random()), directory))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void an_index_of_another_storage_option_is_not_trusted() throws IOException {
        Path directory = Files.createTempDirectory("kirok-storage");
        try (TestIndex index = TestIndex.open(new IndexStorage.Plain(directory), directory)) {
            index.add(TestIndex.text("something"));
            index.index.commit(9);
        }
        try (TestIndex index = TestIndex.open(new IndexStorage.ProtectedInMemory(directory), directory)) {
            assertThat(index.index.committedSequence()).as("a rebuild is due").isEmpty();
        }
    }

    @Test
    void the_in_memory_option_keeps_documents_with_protected_text_off_the_disk() throws IOException {
        Path directory = Files.createTempDirectory("kirok-storage");
        SearchDocument testimony = TestIndex.document("testimony").code("ctrltestimonycode")
                .protectedText(MARKER + " 정치범수용소에서 지냈다").build();
        SearchDocument place = TestIndex.document("place").code("ctrlplacecode").text("Hoeryong").build();
        try (TestIndex index = TestIndex.open(new IndexStorage.ProtectedInMemory(directory), directory)) {
            assertThat(index.index.protectedTextIsVolatile()).isTrue();
            index.add(testimony, place);
            index.index.commit(3);
            assertThat(index.ids("수용소")).containsExactly(testimony.id());
            assertThat(index.ids("Hoeryong")).containsExactly(place.id());
        }
        assertThat(found(directory, "ctrlplacecode")).as("the scan sees terms on disk").isNotEmpty();
        assertThat(found(directory, "ctrltestimonycode")).isEmpty();
        assertThat(found(directory, MARKER)).isEmpty();
        try (TestIndex index = TestIndex.open(new IndexStorage.ProtectedInMemory(directory), directory)) {
            assertThat(index.ids("수용소")).as("reloaded from the database at start, not from disk").isEmpty();
            assertThat(index.ids("Hoeryong")).containsExactly(place.id());
        }
    }

    @Test
    void neither_the_encrypted_nor_the_plain_index_holds_names_and_only_the_plain_one_holds_text() throws IOException {
        for (boolean encrypted : new boolean[] {false, true}) {
            Path directory = Files.createTempDirectory("kirok-storage");
            IndexStorage storage = encrypted ? new IndexStorage.Encrypted(directory, IndexKey.random())
                    : new IndexStorage.Plain(directory);
            try (TestIndex index = TestIndex.open(storage, directory)) {
                index.add(TestIndex.person("Zqxwv Kimchol", "김철수"),
                        TestIndex.document("testimony").protectedText(MARKER + " 수용소").build());
                index.index.commit(1);
            }
            assertThat(found(directory, "Zqxwv")).isEmpty();
            assertThat(found(directory, "zqxwv kimchol")).isEmpty();
            assertThat(found(directory, "김철수")).isEmpty();
            // the positive control: without encryption the transcript's terms are on disk, and the scan finds them
            assertThat(found(directory, MARKER)).as(storage.label()).hasSize(encrypted ? 0 : 1);
        }
    }

    /** The index files under {@code directory} whose bytes contain {@code text} in UTF-8. */
    static List<Path> found(Path directory, String text) throws IOException {
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
}
