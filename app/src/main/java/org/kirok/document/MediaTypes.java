package org.kirok.document;

import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Media types of attachments. What the client claims is kept (for the list) once reduced to a plain
 * {@code type/subtype}; what a download is served as comes from a short list of types no browser executes, and
 * anything else (HTML, SVG, XML, scripts) is served as {@code application/octet-stream}, so an uploaded page can
 * never run in Kirok's origin even if a browser ignored {@code Content-Disposition: attachment}.
 */
final class MediaTypes {
    static final String OCTET_STREAM = "application/octet-stream";
    private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}");
    private static final Set<String> SAFE = Set.of("application/pdf", "text/plain", "text/csv", "application/zip",
            "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.hancom.hwp", "application/x-hwp", "application/vnd.hancom.hwpx", "application/json",
            "image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff", "image/heic");
    private static final Set<String> SAFE_FAMILIES = Set.of("audio/", "video/");
    /** Extensions the JDK's table lacks that NGOs in Korea use daily. */
    private static final Map<String, String> EXTRA = Map.of(".hwp", "application/x-hwp", ".hwpx",
            "application/vnd.hancom.hwpx", ".m4a", "audio/mp4", ".heic", "image/heic", ".webp", "image/webp",
            ".mp4", "video/mp4", ".mp3", "audio/mpeg", ".docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private MediaTypes() {
    }

    /** The type to keep: the client's, reduced to {@code type/subtype}; else a guess from the name; else octets. */
    static String stored(Optional<String> claimed, Optional<String> fileName) {
        Optional<String> plain = claimed.map(type -> type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .filter(type -> TYPE.matcher(type).matches())
                .filter(type -> !type.equals(OCTET_STREAM));
        return plain.or(() -> fileName.flatMap(MediaTypes::guess)).orElse(OCTET_STREAM);
    }

    /** The type a download is served as. */
    static String served(String stored) {
        if (stored.equals("image/svg+xml")) {
            return OCTET_STREAM;
        }
        if (SAFE.contains(stored) || SAFE_FAMILIES.stream().anyMatch(stored::startsWith)) {
            return stored;
        }
        return OCTET_STREAM;
    }

    private static Optional<String> guess(String fileName) {
        String extension = FileNames.extension(fileName);
        if (EXTRA.containsKey(extension)) {
            return Optional.of(EXTRA.get(extension));
        }
        return Optional.ofNullable(URLConnection.guessContentTypeFromName(fileName))
                .map(type -> type.toLowerCase(Locale.ROOT)).filter(type -> TYPE.matcher(type).matches());
    }
}
