package org.kirok.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kirok.store.InvalidInputException;

class MultipartReaderTest {

    @Test
    void reads_a_form_as_a_browser_sends_it() throws IOException {
        String body = """
                --XyZ\r
                Content-Disposition: form-data; name="_csrf"\r
                \r
                token-123\r
                --XyZ\r
                Content-Disposition: form-data; name="file"; filename="증언 녹취록.txt"\r
                Content-Type: text/plain\r
                \r
                line one\r
                not a boundary: --XyZ without a line break before it\r
                -XyZ\r
                --XyZ\r
                Content-Disposition: form-data; name="derived_from"\r
                \r
                \r
                --XyZ--\r
                """;
        List<Read> parts = readAll(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "XyZ");
        assertThat(parts).extracting(Read::name).containsExactly("_csrf", "file", "derived_from");
        assertThat(parts.get(0).text()).isEqualTo("token-123");
        assertThat(parts.get(1).fileName()).contains("증언 녹취록.txt");
        assertThat(parts.get(1).contentType()).contains("text/plain");
        assertThat(parts.get(1).text()).isEqualTo("line one\r\nnot a boundary: --XyZ without a line break before it\r\n-XyZ");
        assertThat(parts.get(2).text()).isEmpty();
    }

    @Test
    void ignores_a_preamble_and_an_epilogue_and_accepts_padding_after_a_boundary() throws IOException {
        String body = "This is a preamble.\r\n--b  \t\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--\r\nepilogue";
        List<Read> parts = readAll(new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)), "b");
        assertThat(parts).extracting(Read::text).containsExactly("1");
    }

    @Test
    void prefers_an_rfc8187_file_name_and_keeps_windows_backslashes() throws IOException {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fallback.txt\"; "
                + "filename*=UTF-8''%ED%95%9C%20%EA%B8%80.txt\r\n\r\nx\r\n--b\r\n"
                + "Content-Disposition: form-data; name=\"file2\"; filename=\"C:\\Users\\kim\\a \\\"b\\\".pdf\"\r\n\r\ny\r\n--b--";
        List<Read> parts = readAll(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), "b");
        assertThat(parts.get(0).fileName()).contains("한 글.txt");
        assertThat(parts.get(1).fileName()).contains("C:\\Users\\kim\\a \"b\".pdf");
    }

    @Test
    void round_trips_random_binary_parts_read_in_random_small_pieces() throws IOException {
        Random random = new Random(42L);
        for (int round = 0; round < 150; round++) {
            String boundary = randomBoundary(random);
            List<byte[]> bodies = new ArrayList<>();
            int count = 1 + random.nextInt(5);
            ByteArrayOutputStream wire = new ByteArrayOutputStream();
            for (int i = 0; i < count; i++) {
                byte[] content = nastyBytes(random, boundary, random.nextInt(random.nextBoolean() ? 50 : 20_000));
                bodies.add(content);
                wire.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"p" + i
                        + "\"; filename=\"f" + i + ".bin\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                wire.writeBytes(content);
                wire.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            wire.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream trickle = new Trickle(new ByteArrayInputStream(wire.toByteArray()), random);
            MultipartReader reader = new MultipartReader(trickle, boundary, Long.MAX_VALUE, 1);
            for (int i = 0; i < count; i++) {
                MultipartReader.Part part = reader.next().orElseThrow();
                assertThat(part.name()).isEqualTo("p" + i);
                assertThat(part.fileName()).contains("f" + i + ".bin");
                assertThat(readInPieces(part.body(), random)).as("round %d part %d", round, i).isEqualTo(bodies.get(i));
            }
            assertThat(reader.next()).isEmpty();
        }
    }

    @Test
    void skips_what_the_caller_left_unread() throws IOException {
        String body = "--b\r\nContent-Disposition: form-data; name=\"big\"\r\n\r\n" + "z".repeat(100_000)
                + "\r\n--b\r\nContent-Disposition: form-data; name=\"small\"\r\n\r\nok\r\n--b--\r\n";
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)),
                "b", Long.MAX_VALUE);
        assertThat(reader.next().orElseThrow().name()).isEqualTo("big");
        MultipartReader.Part small = reader.next().orElseThrow();
        assertThat(small.text()).isEqualTo("ok");
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void refuses_a_body_cut_off_before_the_closing_boundary() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nhalf a fi";
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)), "b"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ended before the closing boundary");
    }

    @Test
    void refuses_a_part_without_content_disposition_or_field_name() {
        assertThatThrownBy(() -> readAll(stream("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--"), "b"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no Content-Disposition");
        assertThatThrownBy(() -> readAll(stream("--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--"), "b"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no field name");
        assertThatThrownBy(() -> readAll(stream("--b\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--b--"), "b"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not form-data");
    }

    @Test
    void refuses_overlong_headers_too_many_parts_and_too_many_bytes() {
        String longHeader = "--b\r\nContent-Disposition: form-data; name=\"" + "n".repeat(9000) + "\"\r\n\r\nx\r\n--b--";
        assertThatThrownBy(() -> readAll(stream(longHeader), "b")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("longer than");
        String many = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n".repeat(17) + "--b--";
        assertThatThrownBy(() -> readAll(stream(many), "b")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than 16 parts");
        String big = "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n" + "x".repeat(200_000) + "\r\n--b--";
        assertThatThrownBy(() -> {
            MultipartReader reader = new MultipartReader(stream(big), "b", 100_000);
            reader.next().orElseThrow().body().readAllBytes();
        }).isInstanceOf(InvalidInputException.class).hasMessageContaining("64 MB");
    }

    @Test
    void reads_the_boundary_from_the_content_type_and_refuses_anything_else() {
        assertThat(MultipartBoundary.of(Optional.of("multipart/form-data; boundary=----WebKitFormBoundaryx7Q")))
                .isEqualTo("----WebKitFormBoundaryx7Q");
        assertThat(MultipartBoundary.of(Optional.of("Multipart/Form-Data; charset=utf-8; boundary=\"a b:c\"")))
                .isEqualTo("a b:c");
        assertThatThrownBy(() -> MultipartBoundary.of(Optional.of("application/json")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("multipart/form-data");
        assertThatThrownBy(() -> MultipartBoundary.of(Optional.empty())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MultipartBoundary.of(Optional.of("multipart/form-data")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no boundary");
        assertThatThrownBy(() -> MultipartBoundary.requireValid("a\r\nb")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MultipartBoundary.requireValid("x".repeat(71))).isInstanceOf(InvalidInputException.class);
    }

    private record Read(String name, Optional<String> fileName, Optional<String> contentType, String text) {
    }

    private static List<Read> readAll(InputStream in, String boundary) throws IOException {
        MultipartReader reader = new MultipartReader(in, boundary, Long.MAX_VALUE);
        List<Read> parts = new ArrayList<>();
        for (Optional<MultipartReader.Part> next = reader.next(); next.isPresent(); next = reader.next()) {
            MultipartReader.Part part = next.get();
            parts.add(new Read(part.name(), part.fileName(), part.contentType(),
                    new String(part.body().readAllBytes(), StandardCharsets.UTF_8)));
        }
        return parts;
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String randomBoundary(Random random) {
        String chars = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=?";
        StringBuilder boundary = new StringBuilder();
        int length = 1 + random.nextInt(70);
        for (int i = 0; i < length; i++) {
            boundary.append(chars.charAt(random.nextInt(chars.length())));
        }
        return boundary.toString();
    }

    /** Random bytes salted with line breaks, dashes and broken-off copies of the delimiter. */
    private static byte[] nastyBytes(Random random, String boundary, int size) {
        byte[] delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < size) {
            switch (random.nextInt(4)) {
                case 0 -> out.write(delimiter, 0, random.nextInt(delimiter.length)); // never the whole delimiter
                case 1 -> out.writeBytes("\r\n-".getBytes(StandardCharsets.US_ASCII));
                default -> {
                    byte[] noise = new byte[random.nextInt(64)];
                    random.nextBytes(noise);
                    out.writeBytes(noise);
                }
            }
        }
        byte[] bytes = java.util.Arrays.copyOf(out.toByteArray(), size);
        // pieces may happen to join into a whole delimiter, which a sender would have avoided by its boundary choice
        return contains(bytes, delimiter) ? nastyBytes(random, boundary, size) : bytes;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] readInPieces(InputStream in, Random random) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] piece = new byte[1 + random.nextInt(5000)];
        int n;
        while ((n = in.read(piece, 0, 1 + random.nextInt(piece.length))) >= 0) {
            out.write(piece, 0, n);
        }
        return out.toByteArray();
    }

    /** A stream that hands out a random, often tiny, number of bytes per read, as a slow network does. */
    private static final class Trickle extends FilterInputStream {
        private final Random random;

        Trickle(InputStream in, Random random) {
            super(in);
            this.random = random;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            return super.read(target, offset, Math.min(length, 1 + random.nextInt(random.nextBoolean() ? 7 : 3000)));
        }
    }
}
