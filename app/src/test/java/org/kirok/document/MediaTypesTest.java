package org.kirok.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void keeps_the_claimed_type_without_its_parameters() {
        assertThat(MediaTypes.stored(Optional.of("Application/PDF; name=x"), Optional.of("a.pdf"))).isEqualTo("application/pdf");
        assertThat(MediaTypes.stored(Optional.of("text/html; charset=utf-8"), Optional.empty())).isEqualTo("text/html");
    }

    @Test
    void guesses_from_the_name_when_the_client_claims_nothing_useful() {
        assertThat(MediaTypes.stored(Optional.of("application/octet-stream"), Optional.of("면담.hwp"))).isEqualTo("application/x-hwp");
        assertThat(MediaTypes.stored(Optional.empty(), Optional.of("recording.m4a"))).isEqualTo("audio/mp4");
        assertThat(MediaTypes.stored(Optional.of("not a type"), Optional.of("scan.png"))).isEqualTo("image/png");
        assertThat(MediaTypes.stored(Optional.empty(), Optional.of("no-extension"))).isEqualTo("application/octet-stream");
    }

    @Test
    void never_serves_a_type_a_browser_would_run_or_render_as_a_page() {
        for (String dangerous : new String[] {"text/html", "application/xhtml+xml", "image/svg+xml", "text/xml",
                "application/javascript", "text/javascript", "application/x-shockwave-flash", "text/css"}) {
            assertThat(MediaTypes.served(dangerous)).as(dangerous).isEqualTo("application/octet-stream");
        }
    }

    @Test
    void serves_documents_pictures_and_recordings_as_what_they_are() {
        for (String safe : new String[] {"application/pdf", "image/jpeg", "audio/mpeg", "video/mp4", "text/plain"}) {
            assertThat(MediaTypes.served(safe)).isEqualTo(safe);
        }
    }
}
