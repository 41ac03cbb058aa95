package org.kirok.document;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip under one top folder whose entries are hashed as they are written, closed by a SHA256SUMS file in the
 * format GNU {@code sha256sum -c} reads ("hash, two spaces, path", paths relative to the folder). Entries stream;
 * nothing is held in memory but the hashes.
 */
final class EvidenceZip implements AutoCloseable {
    /** Writes one entry's bytes; the stream must not be closed by the writer. */
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private final ZipOutputStream zip;
    private final String folder;
    private final Map<String, String> sums = new LinkedHashMap<>();

    EvidenceZip(OutputStream out, String folder) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.folder = folder;
    }

    void entry(String path, Body body) throws IOException {
        zip.putNextEntry(new ZipEntry(folder + "/" + path));
        MessageDigest sha256 = sha256();
        OutputStream kept = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() {
                // the zip stays open for the next entry
            }
        };
        body.write(new DigestOutputStream(kept, sha256));
        zip.closeEntry();
        sums.put(path, HexFormat.of().formatHex(sha256.digest()));
    }

    /** Adds SHA256SUMS over every entry written so far. */
    void finishWithSums() throws IOException {
        StringBuilder text = new StringBuilder();
        sums.forEach((path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
        zip.putNextEntry(new ZipEntry(folder + "/SHA256SUMS"));
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
