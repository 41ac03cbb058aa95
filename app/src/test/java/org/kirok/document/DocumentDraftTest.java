package org.kirok.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kirok.store.Confidentiality;
import org.kirok.store.InvalidInputException;

class DocumentDraftTest {

    @Test
    void keeps_a_complete_document() {
        DocumentDraft draft = draft("  Report on holding centres  ", Optional.of(LocalDate.of(2023, 3, 1)),
                Optional.of(" https://example.org/보고서?page=2 "), Optional.empty());
        assertThat(draft.title()).isEqualTo("Report on holding centres");
        assertThat(draft.url()).contains("https://example.org/보고서?page=2");
    }

    @Test
    void takes_the_reference_year_from_the_document_date_then_the_publication_then_today() {
        LocalDate today = LocalDate.of(2025, 6, 1);
        assertThat(draft("t", Optional.of(LocalDate.of(2019, 5, 1)), Optional.empty(), Optional.of(LocalDate.of(2020, 1, 1)))
                .referenceYear(today)).isEqualTo(2019);
        assertThat(draft("t", Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2020, 1, 1)))
                .referenceYear(today)).isEqualTo(2020);
        assertThat(draft("t", Optional.empty(), Optional.empty(), Optional.empty()).referenceYear(today)).isEqualTo(2025);
    }

    @Test
    void rejects_an_empty_or_overlong_title_naming_the_field() {
        assertThatThrownBy(() -> draft("   ", Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("title is required")
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("title"));
        assertThatThrownBy(() -> draft("x".repeat(301), Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("301 characters");
    }

    @Test
    void rejects_addresses_that_are_not_web_pages() {
        for (String bad : new String[] {"javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd",
                "example.org/report", "https://", "http://exa mple.org"}) {
            assertThatThrownBy(() -> draft("t", Optional.empty(), Optional.of(bad), Optional.empty())).as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("url"));
        }
    }

    @Test
    void rejects_dates_in_the_future_or_before_1800() {
        assertThatThrownBy(() -> draft("t", Optional.of(LocalDate.now().plusDays(3)), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("source_date");
        assertThatThrownBy(() -> draft("t", Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(1799, 12, 31))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("published_on");
    }

    @Test
    void parses_kinds_and_names_the_allowed_ones_when_wrong() {
        assertThat(SourceKind.parse(" Media ")).isEqualTo(SourceKind.MEDIA);
        assertThatThrownBy(() -> SourceKind.parse("testimony")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("document or media").hasMessageContaining("testimony");
    }


    private static DocumentDraft draft(String title, Optional<LocalDate> date, Optional<String> url,
                                       Optional<LocalDate> published) {
        return new DocumentDraft(SourceKind.DOCUMENT, title, date, Optional.empty(), Optional.empty(), Optional.empty(),
                url, published, Optional.empty(), Optional.empty(), Confidentiality.INTERNAL, Optional.empty());
    }
}
