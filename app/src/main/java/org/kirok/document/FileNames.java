package org.kirok.document;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Cleans the name a client gave an uploaded file before it is encrypted and kept: folders are cut off (browsers and
 * old clients may send a whole path), control and bidirectional formatting characters are removed (U+202E can
 * disguise {@code exe.pdf} as {@code fdp.exe}), and the text is put in Unicode NFC, because macOS sends Hangul
 * decomposed into jamo.
 */
final class FileNames {
    static final int MAX_CODE_POINTS = 255;

    private FileNames() {
    }

    static Optional<String> clean(Optional<String> given) {
        return given.map(FileNames::clean).filter(s -> !s.isEmpty());
    }

    static String clean(String given) {
        String name = given;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(FileNames::allowed).forEach(kept::appendCodePoint);
        name = Normalizer.normalize(kept.toString(), Normalizer.Form.NFC).strip();
        if (name.equals(".") || name.equals("..")) {
            return "";
        }
        if (name.codePointCount(0, name.length()) > MAX_CODE_POINTS) {
            int extension = name.lastIndexOf('.');
            String suffix = extension > 0 && name.length() - extension <= 16 ? name.substring(extension) : "";
            int keep = MAX_CODE_POINTS - suffix.codePointCount(0, suffix.length());
            name = name.substring(0, name.offsetByCodePoints(0, keep)) + suffix;
        }
        return name;
    }

    /** The extension, lower-case, with its dot ({@code ".pdf"}), or "" when there is none worth keeping. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || name.length() - dot > 10) {
            return "";
        }
        String extension = name.substring(dot).toLowerCase(java.util.Locale.ROOT);
        return extension.matches("\\.[a-z0-9]{1,9}") ? extension : "";
    }

    private static boolean allowed(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.UNASSIGNED && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.PRIVATE_USE;
    }
}
