package org.kirok.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A TrueType font with Hangul glyphs for PDFs and charts: {@code KIROK_FONT} if set, else Nanum Gothic from
 * Debian's fonts-nanum, else other common places. CFF-based Noto CJK fonts are not used: PDF libraries embed
 * them badly. Missing → a clear message saying what to install.
 */
public final class KoreanFont {
    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/nanum/NanumGothic.ttf",
            "/usr/share/fonts/nanum/NanumGothic.ttf",
            "/usr/local/share/fonts/NanumGothic.ttf",
            "/Library/Fonts/NanumGothic.ttf",
            "C:\\Windows\\Fonts\\malgun.ttf");

    private KoreanFont() {
    }

    public static Path path() {
        Optional<Path> configured = Optional.ofNullable(System.getenv("KIROK_FONT")).filter(s -> !s.isBlank()).map(Path::of);
        if (configured.isPresent()) {
            if (!Files.isReadable(configured.get())) {
                throw new IllegalStateException("KIROK_FONT points at " + configured.get() + ", which cannot be read");
            }
            return configured.get();
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isReadable).findFirst().orElseThrow(() ->
                new IllegalStateException("No font with Korean letters found for PDF output. Install one "
                        + "(Debian/Ubuntu: sudo apt-get install fonts-nanum) or set KIROK_FONT to a .ttf file."));
    }
}
