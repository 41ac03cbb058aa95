package org.kirok.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.kirok.publish.KoreanFont;

/**
 * The visual check of a report PDF with poppler: every page renders to PNG with ink on it, the text layer holds the
 * expected words, every font is embedded, and every character of the text has a glyph in the embedded Korean font —
 * so nothing shows as an empty box.
 */
final class PdfCheck {
    private PdfCheck() {
    }

    static String check(byte[] pdf, String mustContain) throws Exception {
        Path directory = Files.createTempDirectory("kirok-pdf-check");
        Path file = directory.resolve("report.pdf");
        Files.write(file, pdf);
        run(directory, "pdftoppm", "-r", "40", "-png", file.toString(), directory.resolve("page").toString());
        List<Path> pages;
        try (var files = Files.list(directory)) {
            pages = files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
        }
        assertThat(pages).as("rendered pages").hasSizeGreaterThanOrEqualTo(2);
        long allInk = 0;
        long allPixels = 0;
        for (Path page : pages) {
            BufferedImage image = ImageIO.read(page.toFile());
            long ink = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight(); y++) {
                    ink += (image.getRGB(x, y) & 0xff) < 200 ? 1 : 0;
                }
            }
            // a last page may hold one short paragraph, but no page is blank
            assertThat(ink).as("ink on " + page.getFileName()).isGreaterThan(image.getWidth() * image.getHeight() / 5_000);
            allInk += ink;
            allPixels += (long) image.getWidth() * image.getHeight();
        }
        assertThat(allInk).as("ink on all pages").isGreaterThan(allPixels / 100);
        String text = run(directory, "pdftotext", "-enc", "UTF-8", file.toString(), "-");
        assertThat(text).contains(mustContain).doesNotContain("\uFFFD");
        Font font = Font.createFont(Font.TRUETYPE_FONT, KoreanFont.path().toFile());
        String visible = text.replaceAll("\\s", "");
        assertThat(font.canDisplayUpTo(visible)).as("a character without a glyph in " + KoreanFont.path()).isEqualTo(-1);
        String fonts = run(directory, "pdffonts", file.toString());
        fonts.lines().skip(2).forEach(line -> assertThat(line).as("font embedded").contains(" yes "));
        return text;
    }

    private static String run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + new String(process.getErrorStream().readAllBytes(),
                StandardCharsets.UTF_8)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
