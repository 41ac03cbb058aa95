package org.kirok.portal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.kirok.store.InvalidInputException;

/**
 * Checks a file an editor publishes by its content, not its name: a PDF (it starts with {@code %PDF-}) or a Word
 * document (a ZIP with {@code word/document.xml} and {@code [Content_Types].xml}, ECMA-376 Part 2). Anything else is
 * refused, so the portal never serves active content. File names are reduced to a safe, short form.
 */
final class PublicFile {
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final long MAX_BYTES = 25L * 1024 * 1024;

    private PublicFile() {
    }

    static String mediaType(byte[] content, String fileName) {
        if (content.length == 0) {
            throw new InvalidInputException("file", fileName + " is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("file", fileName + " is larger than 25 MB (" + content.length / (1024 * 1024) + " MB)");
        }
        if (content.length > 5 && new String(content, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return PDF;
        }
        if (isWordDocument(content)) {
            return DOCX;
        }
        throw new InvalidInputException("file", fileName + " is neither a PDF nor a Word (DOCX) document");
    }

    private static boolean isWordDocument(byte[] content) {
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            return false;
        }
        boolean document = false;
        boolean types = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                document |= entry.getName().equals("word/document.xml");
                types |= entry.getName().equals("[Content_Types].xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return document && types;
    }

    /** The name without any path, control or reserved characters, at most 120 characters, with the right extension. */
    static String safeName(String original, String mediaType) {
        String base = original == null ? "" : original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.replaceAll("[\\p{Cntrl}\"<>:|?*;]", "").strip();
        String extension = mediaType.equals(PDF) ? ".pdf" : ".docx";
        if (base.toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            base = base.substring(0, base.length() - extension.length());
        }
        if (base.isBlank() || base.startsWith(".")) {
            base = "document";
        }
        if (base.length() > 120) {
            base = base.substring(0, 120);
        }
        return base + extension;
    }
}
