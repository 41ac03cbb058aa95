package org.kirok.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.kirok.app.Kirok;
import org.kirok.app.Settings;
import org.kirok.search.index.IndexStorage;
import org.kirok.security.Role;
import org.kirok.security.User;
import org.kirok.store.DatabaseUrl;
import org.kirok.store.DurabilityCheck;
import org.kirok.testing.Api;
import org.kirok.testing.TestDatabases;
import org.kirok.testing.TestSystem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The index's life with the system: who may hold it, how a damaged one heals, how it is rebuilt and reported. */
@Tag("store")
class SearchServiceTest {
    private static final User ADMIN = new User(UUID.randomUUID(), "svc-admin", "Admin", Role.ADMIN, Optional.empty(),
            "en", false, false, false, 1);

    @Test
    void a_second_process_on_the_same_index_gets_no_index_and_says_why() throws IOException {
        try (TestSystem system = TestSystem.start()) {
            Path directory = system.dataDirectory().resolve("index").resolve("encrypted");
            var core = system.kirok().core();
            try (SearchService second = new SearchService(core.jdbi(), core.vault(), core.access(), List.of())) {
                second.open(new IndexStorage.Plain(directory));
                assertThat(second.available()).isFalse();
                assertThat(second.status().problem()).hasValueSatisfying(problem ->
                        assertThat(problem).contains("in use by another Kirok process"));
                assertThatThrownBy(() -> second.search(ADMIN, SearchRequest.of("x"), "en"))
                        .isInstanceOf(SearchUnavailableException.class);
            }
            assertThat(system.kirok().features().search().available()).isTrue();
        }
    }

    @Test
    void a_damaged_index_is_set_aside_and_rebuilt_from_the_database() throws IOException {
        Path data = Files.createTempDirectory("kirok-damaged");
        DatabaseUrl database = TestDatabases.fresh();
        Settings settings = new Settings(data, Optional.of(database), data.resolve("keys").resolve("vault-keys.json"),
                DurabilityCheck.Policy.WARN_ONLY, false);
        try (Kirok kirok = Kirok.open(settings)) {
            var server = kirok.serve("127.0.0.1", 0);
            Api api = new Api("http://127.0.0.1:" + server.port(), token(kirok));
            SearchFixture.created(api.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"Damage Control Group\"}"));
            kirok.features().search().catchUp();
            kirok.features().search().commit();
        }
        try (Stream<Path> files = Files.list(data.resolve("index").resolve("encrypted"))) {
            for (Path file : files.filter(file -> file.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22});
            }
        }
        try (Kirok kirok = Kirok.open(settings)) {
            SearchService search = kirok.features().search();
            assertThat(search.available()).isTrue();
            search.catchUp();
            assertThat(search.search(ADMIN, SearchRequest.of("Damage Control"), "en").hits())
                    .extracting(SearchResult.Hit::title).containsExactly("Damage Control Group");
        }
    }

    @Test
    void the_status_reports_storage_progress_and_documents_per_type() {
        try (TestSystem system = TestSystem.start()) {
            Api api = system.api(system.tokenFor("status-coder", Role.CODER));
            SearchFixture.created(api.post("/api/v1/persons", "{\"names\":[{\"text\":\"한옥순\"}]}"));
            SearchService search = system.kirok().features().search();
            search.catchUp();
            SearchStatus status = search.status();
            assertThat(status.available()).isTrue();
            assertThat(status.storage()).isEqualTo("encrypted");
            assertThat(status.indexed()).isEqualTo(status.head());
            assertThat(status.documents()).containsEntry("person", 1L).containsEntry("act", 0L);
            assertThat(search.types()).containsExactly("testimony", "act", "person", "place", "organisation", "law");
        }
    }

    @Test
    void while_the_index_catches_up_totals_and_facet_counts_are_withheld() throws Exception {
        try (TestSystem system = TestSystem.start()) {
            Api api = system.api(system.tokenFor("busy-coder", Role.CODER));
            SearchFixture.created(api.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"First Group\"}"));
            SearchService search = system.kirok().features().search();
            search.catchUp();
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread rebuild = new Thread(() -> search.rebuild(count -> {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            rebuild.start();
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            SearchFixture.created(api.post("/api/v1/organisations", "{\"kind\":\"ngo\",\"name_en\":\"Second Group\"}"));
            SearchResult busy = search.search(ADMIN, SearchRequest.of("group"), "en");
            assertThat(busy.complete()).isFalse();
            assertThat(busy.facets()).isEmpty();
            assertThat(busy.total()).isEqualTo(busy.hits().size());
            release.countDown();
            rebuild.join();
            SearchResult current = search.search(ADMIN, SearchRequest.of("group"), "en");
            assertThat(current.complete()).isTrue();
            assertThat(current.total()).isEqualTo(2);
            assertThat(current.facets()).isNotEmpty();
        }
    }

    private static String token(Kirok kirok) {
        String token = org.kirok.security.Tokens.newSecret();
        kirok.core().accounts().bootstrapAdmin();
        kirok.jdbi().useTransaction(handle -> kirok.core().tokens().create(handle,
                kirok.core().users().byUsername(handle, "admin").orElseThrow().id(), "t", token, Optional.empty()));
        return token;
    }
}
