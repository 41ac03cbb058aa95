package org.kirok.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void korean_and_english_have_the_same_keys() {
        Set<String> english = Messages.of("en").keys();
        Set<String> korean = Messages.of("ko").keys();
        assertThat(difference(english, korean)).as("keys missing in Korean").isEmpty();
        assertThat(difference(korean, english)).as("keys missing in English").isEmpty();
    }

    @Test
    void every_literal_key_used_in_a_template_exists() throws IOException {
        Pattern literal = Pattern.compile("page\\.t\\(\"([a-z_.]+)\"\\s*[,)]");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!Messages.of("en").has(matcher.group(1))) {
                        missing.add(file.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void a_missing_key_shows_as_such_instead_of_failing() {
        assertThat(Messages.of("en").t("no.such.key")).isEqualTo("⟦no.such.key⟧");
        assertThat(Messages.of("fr").language()).isEqualTo("en");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }
}
