package org.kirok.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kirok.security.Role;
import org.kirok.testing.Api;
import org.kirok.testing.TestSystem;

/** Erasing a person takes their names and their testimonies' words out of the search index, not only the database. */
@Tag("store")
class SearchErasureTest {
    static TestSystem system;
    static Api coordinator;
    static Api coder;

    @BeforeAll
    static void start() {
        system = TestSystem.start();
        coordinator = system.api(system.tokenFor("erasure-coordinator", Role.COORDINATOR));
        coder = system.api(system.tokenFor("erasure-coder", Role.CODER));
    }

    @AfterAll
    static void stop() {
        system.close();
    }

    private static long total(String query) {
        Api.Response found = coder.get("/api/v1/search?q=" + query);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json().get("total").asLong();
    }

    @Test
    void an_erased_interviewee_is_found_neither_by_name_nor_by_the_words_of_their_testimony() {
        String name = "Qexd" + Long.toString(UUID.randomUUID().getMostSignificantBits() & 0xffffffffL, 36);
        String word = "Wordmark" + UUID.randomUUID().toString().replace("-", "");
        String person = SearchFixture.created(coder.post("/api/v1/persons", "{\"names\":[{\"text\":\"" + name
                + " Kim\"}],\"birth_year\":1961}"));
        SearchFixture.created(coder.post("/api/v1/testimonies", "{\"interviewee_id\":\"" + person
                + "\",\"interview_date\":\"2020-03-03\",\"language\":\"en\",\"transcript\":\"She said " + word
                + " twice.\"}"));
        String fullName = name + "%20Kim";
        assertThat(total(fullName)).as("the person by name, before").isPositive();
        assertThat(total(word)).as("the testimony by a word of its transcript, before").isEqualTo(1);

        assertThat(coordinator.post("/api/v1/persons/" + person + "/erase", "{\"reason\":\"consent withdrawn\"}")
                .status()).isEqualTo(204);

        assertThat(total(fullName)).as("the person by name, after").isZero();
        assertThat(total(word)).as("the testimony by a word of its transcript, after").isZero();
    }
}
