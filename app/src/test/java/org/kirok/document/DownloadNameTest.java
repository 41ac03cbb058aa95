package org.kirok.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DownloadNameTest {
    private static final Pattern HEADER = Pattern.compile(
            "attachment; filename=\"([\\x20-\\x7e&&[^\"\\\\%;]]*)\"; filename\\*=UTF-8''([A-Za-z0-9!#$&+\\-.^_`|~%]*)");

    @Test
    void gives_korean_names_in_filename_star_and_an_ascii_fallback() {
        assertThat(DownloadName.contentDisposition("증언 녹취록 2019.pdf")).isEqualTo("attachment; "
                + "filename=\"__ ___ 2019.pdf\"; filename*=UTF-8''%EC%A6%9D%EC%96%B8%20%EB%85%B9%EC%B7%A8%EB%A1%9D%202019.pdf");
        assertThat(DownloadName.contentDisposition("녹취록.pdf")).startsWith("attachment; filename=\"attachment.pdf\";");
    }

    @Test
    void cannot_be_used_to_end_the_header_or_add_parameters() {
        String header = DownloadName.contentDisposition("evil\"; filename=x.html\r\nSet-Cookie: a=b.txt");
        assertThat(header).doesNotContain("\r").doesNotContain("\n");
        Matcher matcher = HEADER.matcher(header);
        assertThat(matcher.matches()).as(header).isTrue();
    }

    @Test
    void every_name_yields_a_well_formed_header_that_decodes_to_the_cleaned_name() {
        Random random = new Random(99L);
        for (int i = 0; i < 2000; i++) {
            String name = randomName(random);
            String header = DownloadName.contentDisposition(name);
            Matcher matcher = HEADER.matcher(header);
            assertThat(matcher.matches()).as("%s → %s", name, header).isTrue();
            String cleaned = FileNames.clean(name);
            String expected = cleaned.isEmpty() ? "attachment" : cleaned;
            assertThat(URLDecoder.decode(matcher.group(2).replace("+", "%2B"), StandardCharsets.UTF_8)).isEqualTo(expected);
        }
    }

    @Test
    void cleaning_cuts_folders_controls_and_bidi_overrides_and_composes_hangul() {
        assertThat(FileNames.clean("C:\\Users\\kim\\report.pdf")).isEqualTo("report.pdf");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("photo\u202Egpj.exe")).isEqualTo("photogpj.exe");
        assertThat(FileNames.clean("a\u0000b\tc.txt")).isEqualTo("abc.txt");
        String decomposed = "\u1112\u1161\u11AB.txt"; // 한 as macOS sends it
        assertThat(FileNames.clean(decomposed)).isEqualTo("한.txt");
        assertThat(FileNames.clean("..")).isEmpty();
        assertThat(FileNames.clean(Optional.of("/"))).isEmpty();
    }

    @Test
    void cleaning_shortens_long_names_but_keeps_the_extension() {
        String cleaned = FileNames.clean("가".repeat(400) + ".docx");
        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(FileNames.MAX_CODE_POINTS);
        assertThat(cleaned).endsWith(".docx");
    }

    private static String randomName(Random random) {
        int[] pool = {'a', 'Z', '0', '.', ' ', '"', '\\', '/', '%', ';', '\r', '\n', 0, 0x7f, 0x202E, 0xAC00, 0xD55C,
                0x1F600, 0xFEFF, '\'', '*', '?', '<', '>', '|', 0xE000};
        StringBuilder name = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            name.appendCodePoint(pool[random.nextInt(pool.length)]);
        }
        return name.toString();
    }
}
