package org.kirok.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.kirok.publish.DocxRenderer;
import org.kirok.publish.Publication;
import org.junit.jupiter.api.Test;

/** Published files are recognised by their content, and their names cannot carry paths or header tricks. */
class PublicFileTest {

    @Test
    void a_word_document_and_a_pdf_are_recognised_by_content() {
        byte[] docx = new DocxRenderer().render(new Publication("제출", Optional.empty(), "ko",
                List.of(Publication.Paragraph.plain("본문"))));
        assertThat(PublicFile.mediaType(docx, "anything.bin")).isEqualTo(PublicFile.DOCX);
        assertThat(PublicFile.mediaType("%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1), "x.docx")).isEqualTo(PublicFile.PDF);
    }

    @Test
    void html_a_plain_zip_and_an_empty_file_are_refused() throws Exception {
        assertThatThrownBy(() -> PublicFile.mediaType("<html><script>".getBytes(StandardCharsets.UTF_8), "x.pdf"))
                .hasMessageContaining("neither a PDF nor a Word");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("index.html"));
            out.write("<script>".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> PublicFile.mediaType(zip.toByteArray(), "x.docx")).hasMessageContaining("neither");
        assertThatThrownBy(() -> PublicFile.mediaType(new byte[0], "empty.pdf")).hasMessageContaining("is empty");
    }

    @Test
    void names_lose_paths_and_special_characters_and_get_the_right_extension() {
        assertThat(PublicFile.safeName("../../etc/passwd", PublicFile.PDF)).isEqualTo("passwd.pdf");
        assertThat(PublicFile.safeName("C:\\Users\\x\\보고서.docx", PublicFile.DOCX)).isEqualTo("보고서.docx");
        assertThat(PublicFile.safeName("a\"b;c\r\n.pdf", PublicFile.PDF)).isEqualTo("abc.pdf");
        assertThat(PublicFile.safeName("report.exe", PublicFile.PDF)).isEqualTo("report.exe.pdf");
        assertThat(PublicFile.safeName(".hidden", PublicFile.PDF)).isEqualTo("document.pdf");
    }

    @Test
    void downloads_carry_an_ascii_name_and_the_utf8_name() {
        assertThat(ContentDisposition.attachment("보고서 2024.pdf"))
                .isEqualTo("attachment; filename=\"___ 2024.pdf\"; filename*=UTF-8''%EB%B3%B4%EA%B3%A0%EC%84%9C%202024.pdf");
    }
}
