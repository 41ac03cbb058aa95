package org.kirok.document;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): always {@code attachment}, so a browser saves the file
 * instead of rendering it, with an ASCII {@code filename} for old clients and the real name in {@code filename*}
 * (RFC 8187, UTF-8, percent-encoded). Nothing from the stored name can end the header value or add a parameter.
 */
final class DownloadName {
    private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";

    private DownloadName() {
    }

    static String contentDisposition(String fileName) {
        String name = FileNames.clean(fileName);
        if (name.isEmpty()) {
            name = "attachment";
        }
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + percentEncoded(name);
    }

    /** Printable ASCII without quotes, backslashes or percent signs; the rest becomes '_'. */
    static String asciiFallback(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%'
                && c != ';' ? (char) c : '_'));
        String extension = FileNames.extension(name);
        String stem = ascii.substring(0, ascii.length() - extension.length());
        if (stem.chars().noneMatch(Character::isLetterOrDigit)) {
            return "attachment" + extension;
        }
        return ascii.toString();
    }

    private static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
