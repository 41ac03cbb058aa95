package org.kirok.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kirok.store.InvalidInputException;

/**
 * Reads a {@code multipart/form-data} request body (RFC 7578, with the framing of RFC 2046 §5.1.1) as a stream of
 * parts whose bodies are themselves streams, so that an uploaded file flows straight into encryption: no part is
 * held in memory whole and none is written to disk in plaintext, as a servlet container's multipart support does
 * with large files.
 *
 * <p>The delimiter search keeps a sliding window: a position is handed out as body only once it is known not to
 * start the delimiter {@code CRLF--boundary}, so the body of a part never includes a partial delimiter. Every
 * malformation is refused with the field {@code file} and what was wrong. Not thread-safe; one reader per request.
 */
final class MultipartReader {
    private static final int MAX_HEADER_LINE = 8 * 1024;
    private static final int MAX_HEADERS = 32;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer;
    private final long maxBytes;
    private int start;
    private int end;
    /** Every position in [start, scanned) is known not to begin a delimiter. */
    private int scanned;
    private boolean eof;
    private long read;
    private int parts;
    private boolean done;
    private Optional<PartBody> current = Optional.empty();

    MultipartReader(InputStream in, String boundary, long maxBytes) {
        this(in, boundary, maxBytes, 64 * 1024);
    }

    MultipartReader(InputStream in, String boundary, long maxBytes, int bufferSize) {
        this.in = in;
        this.delimiter = ("\r\n--" + MultipartBoundary.requireValid(boundary)).getBytes(StandardCharsets.US_ASCII);
        this.buffer = new byte[Math.max(bufferSize, 4 * delimiter.length + MAX_HEADER_LINE)];
        this.maxBytes = maxBytes;
        // the first delimiter may open the body without a preceding line break: pretend there was one
        buffer[0] = '\r';
        buffer[1] = '\n';
        end = 2;
    }

    /** One part: its form field name, the file name and media type if the client sent them, and its body. */
    record Part(String name, Optional<String> fileName, Optional<String> contentType, InputStream body) {
        /** The body of a small text field, decoded as UTF-8. */
        String text() throws IOException {
            byte[] bytes = body.readNBytes(UploadLimits.MAX_FIELD_BYTES + 1);
            if (bytes.length > UploadLimits.MAX_FIELD_BYTES) {
                throw malformed("the field " + name + " is longer than " + UploadLimits.MAX_FIELD_BYTES + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** The next part, after skipping whatever the caller left unread of the previous one; empty after the last. */
    Optional<Part> next() throws IOException {
        if (done) {
            return Optional.empty();
        }
        if (current.isPresent()) {
            current.get().skipRest();
        } else {
            new PartBody().skipRest(); // the preamble, which clients may send and recipients ignore
        }
        ensure(2);
        if (available() >= 2 && buffer[start] == '-' && buffer[start + 1] == '-') {
            done = true;
            current = Optional.empty();
            return Optional.empty();
        }
        while (ensure(1) && (buffer[start] == ' ' || buffer[start] == '\t')) {
            start++; // transport padding after the boundary
        }
        if (!ensure(2) || buffer[start] != '\r' || buffer[start + 1] != '\n') {
            throw malformed("a boundary line does not end with a line break");
        }
        start += 2;
        if (++parts > UploadLimits.MAX_PARTS) {
            throw malformed("more than " + UploadLimits.MAX_PARTS + " parts");
        }
        PartHeaders headers = PartHeaders.parse(headerLines());
        PartBody body = new PartBody();
        current = Optional.of(body);
        return Optional.of(new Part(headers.name(), headers.fileName(), headers.contentType(), body));
    }

    private List<String> headerLines() throws IOException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = line();
            if (line.isEmpty()) {
                scanned = start;
                return lines;
            }
            if (lines.size() == MAX_HEADERS) {
                throw malformed("a part has more than " + MAX_HEADERS + " header lines");
            }
            lines.add(line);
        }
    }

    private String line() throws IOException {
        while (true) {
            for (int i = start; i + 1 < end && i - start <= MAX_HEADER_LINE; i++) {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
                    String line = new String(buffer, start, i - start, StandardCharsets.UTF_8);
                    start = i + 2;
                    return line;
                }
            }
            if (end - start > MAX_HEADER_LINE) {
                throw malformed("a part header line is longer than " + MAX_HEADER_LINE + " bytes");
            }
            if (!fill()) {
                throw malformed("the body ended inside the headers of a part");
            }
        }
    }

    private int available() {
        return end - start;
    }

    /** Makes at least {@code count} bytes available unless the stream ends first; says whether it succeeded. */
    private boolean ensure(int count) throws IOException {
        while (available() < count) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Reads more bytes into the window, moving it to the front first; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            scanned = Math.max(0, scanned - start);
            start = 0;
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            eof = true;
            return false;
        }
        end += n;
        read += n;
        if (read > maxBytes) {
            throw UploadLimits.fileTooLarge();
        }
        return true;
    }

    /** The first delimiter at or after {@code scanned}, or -1; advances {@code scanned} past positions ruled out. */
    private int findDelimiter() {
        int p = Math.max(start, scanned);
        int last = end - delimiter.length;
        for (; p <= last; p++) {
            if (buffer[p] == '\r' && matchesAt(p)) {
                scanned = p;
                return p;
            }
        }
        scanned = Math.max(scanned, p);
        return -1;
    }

    private boolean matchesAt(int position) {
        for (int i = 1; i < delimiter.length; i++) {
            if (buffer[position + i] != delimiter[i]) {
                return false;
            }
        }
        return true;
    }

    static InvalidInputException malformed(String why) {
        return new InvalidInputException("file", "the upload is not valid multipart/form-data: " + why);
    }

    /** The body of the current part: ends just before the next delimiter, which it then consumes. */
    private final class PartBody extends InputStream {
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!ended) {
                int at = findDelimiter();
                if (at == start) {
                    start += delimiter.length;
                    scanned = start;
                    ended = true;
                    return -1;
                }
                int safe = at >= 0 ? at : scanned;
                if (safe > start) {
                    int n = Math.min(length, safe - start);
                    System.arraycopy(buffer, start, target, offset, n);
                    start += n;
                    return n;
                }
                if (!fill()) {
                    throw malformed("the body ended before the closing boundary (was the upload interrupted?)");
                }
            }
            return -1;
        }

        void skipRest() throws IOException {
            byte[] sink = new byte[8192];
            while (read(sink, 0, sink.length) >= 0) {
                // discard
            }
        }
    }
}
