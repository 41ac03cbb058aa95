package org.kirok.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class PublishTest {
    static final Publication SAMPLE = new Publication("Joint submission / 공동 제출", Optional.of("DPRK, 4th cycle"), "en",
            List.of(new Publication.Heading(1, "A. Fair trial"),
                    new Publication.Paragraph("Since May 2019, 217 documented cases of arbitrary detention.",
                            Optional.of(1), List.of("Cases A-7Q3K9, A-2MX4P.")),
                    new Publication.Paragraph("온성 집결소에서 강제노동이 보고되었다.", Optional.of(2), List.of()),
                    new Publication.Bullets(List.of("Repeal the law", "Release those repatriated")),
                    new Publication.Table(List.of("Act", "Cases"), List.of(List.of("Torture", "41"), List.of("고문", "12"))),
                    new Publication.PageBreak()));

    @Test
    void a_word_document_keeps_numbered_paragraphs_footnotes_and_hangul() throws Exception {
        byte[] docx = new DocxRenderer().render(SAMPLE);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("1.\tSince May 2019, 217 documented cases").contains("2.\t온성 집결소")
                    .contains("공동 제출").contains("Torture").contains("고문");
            assertThat(document.getFootnotes()).anySatisfy(note -> assertThat(note.getParagraphs().stream().map(p -> p.getText()).toList().toString()).contains("A-7Q3K9"));
        }
    }

    @Test
    void a_pdf_embeds_a_korean_font_and_renders_hangul_when_poppler_is_here() throws Exception {
        byte[] pdf = new PdfRenderer().render(SAMPLE);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("FontFile2");
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        if (Files.isExecutable(pdftotext)) {
            Path file = Files.createTempFile("kirok", ".pdf");
            Files.write(file, pdf);
            Process process = new ProcessBuilder(pdftotext.toString(), file.toString(), "-").start();
            String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor()).isZero();
            assertThat(text).contains("온성 집결소에서").contains("공동 제출");
        }
    }
}
