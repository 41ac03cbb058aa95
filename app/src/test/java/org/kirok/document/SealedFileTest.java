package org.kirok.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kirok.store.InvalidInputException;

class SealedFileTest {
    private static final int EXPONENT = 10;
    private static final int CHUNK = 1 << EXPONENT;
    private final JdkChunkCipher cipher = JdkChunkCipher.random("attachment:a");

    @Test
    void round_trips_files_of_every_size_around_the_chunk_boundaries() throws Exception {
        Random random = new Random(20240611L);
        for (int size : List.of(0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 17, random.nextInt(10 * CHUNK))) {
            byte[] original = bytes(random, size);
            byte[] sealed = seal(original);
            ByteArrayOutputStream opened = new ByteArrayOutputStream();
            SealedFile.Digest digest = SealedFile.open(new ByteArrayInputStream(sealed), opened, cipher);
            assertThat(opened.toByteArray()).as("size %d", size).isEqualTo(original);
            assertThat(digest.size()).isEqualTo(size);
            assertThat(digest.sha256()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(original));
        }
    }

    @Test
    void reports_the_size_and_sha256_of_the_original_when_sealing() throws Exception {
        byte[] original = "온성 집결소 — a fictional test file".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SealedFile.Digest digest = SealedFile.seal(new ByteArrayInputStream(original), OutputStream.nullOutputStream(),
                cipher, EXPONENT, 1_000);
        assertThat(digest.size()).isEqualTo(original.length);
        assertThat(digest.matches(original.length, MessageDigest.getInstance("SHA-256").digest(original))).isTrue();
    }

    @Test
    void the_sealed_file_does_not_contain_the_plaintext() throws IOException {
        byte[] original = "MARKER-7f3a MARKER-7f3a MARKER-7f3a".repeat(100).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String sealed = new String(seal(original), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(sealed).doesNotContain("MARKER");
    }

    @Test
    void detects_every_single_flipped_bit_anywhere_in_the_file() throws IOException {
        Random random = new Random(7L);
        byte[] sealed = seal(bytes(random, 2 * CHUNK + 300));
        for (int position = 0; position < sealed.length; position++) {
            byte[] tampered = sealed.clone();
            tampered[position] ^= (byte) (1 << random.nextInt(8));
            assertThatThrownBy(() -> open(tampered)).as("flip at byte %d of %d", position, sealed.length)
                    .isInstanceOf(SealedFormatException.class);
        }
    }

    @Test
    void detects_a_file_cut_off_at_any_length() throws IOException {
        byte[] sealed = seal(bytes(new Random(8L), CHUNK + 100));
        for (int length = 0; length < sealed.length; length++) {
            byte[] cut = Arrays.copyOf(sealed, length);
            assertThatThrownBy(() -> open(cut)).as("cut to %d bytes", length).isInstanceOf(SealedFormatException.class);
        }
    }

    @Test
    void detects_bytes_appended_after_the_last_chunk() throws IOException {
        byte[] sealed = seal(bytes(new Random(9L), 500));
        byte[] longer = Arrays.copyOf(sealed, sealed.length + 1);
        assertThatThrownBy(() -> open(longer)).isInstanceOf(SealedFormatException.class).hasMessageContaining("follow");
    }

    @Test
    void detects_swapped_and_dropped_chunks() throws IOException {
        byte[] sealed = seal(bytes(new Random(10L), 3 * CHUNK + 5));
        List<byte[]> records = records(sealed);
        assertThatThrownBy(() -> open(join(sealed, List.of(records.get(1), records.get(0), records.get(2), records.get(3)))))
                .isInstanceOf(SealedFormatException.class).hasMessageContaining("reordered");
        assertThatThrownBy(() -> open(join(sealed, List.of(records.get(0), records.get(2), records.get(3)))))
                .isInstanceOf(SealedFormatException.class);
        assertThatThrownBy(() -> open(join(sealed, List.of(records.get(0), records.get(1), records.get(2)))))
                .isInstanceOf(SealedFormatException.class).hasMessageContaining("cut off");
    }

    @Test
    void refuses_a_file_sealed_for_another_attachment() throws IOException {
        byte[] sealed = seal(bytes(new Random(11L), 100));
        JdkChunkCipher otherAttachment = cipher.forField("attachment:b");
        assertThatThrownBy(() -> SealedFile.open(new ByteArrayInputStream(sealed), OutputStream.nullOutputStream(),
                otherAttachment)).isInstanceOf(SealedFormatException.class).hasMessageContaining("authentication");
    }

    @Test
    void refuses_more_bytes_than_the_limit_while_sealing() {
        byte[] original = bytes(new Random(12L), 5 * CHUNK);
        assertThatThrownBy(() -> SealedFile.seal(new ByteArrayInputStream(original), OutputStream.nullOutputStream(),
                cipher, EXPONENT, 5L * CHUNK - 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("64 MB");
    }

    @Test
    void accepts_exactly_the_limit() throws IOException {
        byte[] original = bytes(new Random(13L), 2 * CHUNK);
        assertThat(SealedFile.seal(new ByteArrayInputStream(original), OutputStream.nullOutputStream(), cipher, EXPONENT,
                2L * CHUNK).size()).isEqualTo(2L * CHUNK);
    }

    @Test
    void rejects_an_impossible_chunk_size() {
        assertThatThrownBy(() -> SealedFile.seal(new ByteArrayInputStream(new byte[1]), OutputStream.nullOutputStream(),
                cipher, 40, 10)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("40");
    }

    private byte[] seal(byte[] original) throws IOException {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        SealedFile.seal(new ByteArrayInputStream(original), sealed, cipher, EXPONENT, Long.MAX_VALUE);
        return sealed.toByteArray();
    }

    private void open(byte[] sealed) throws IOException {
        SealedFile.open(new ByteArrayInputStream(sealed), OutputStream.nullOutputStream(), cipher);
    }

    private static byte[] bytes(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    /** The length-prefixed records after the 9-byte header. */
    private static List<byte[]> records(byte[] sealed) {
        ByteBuffer buffer = ByteBuffer.wrap(sealed, 9, sealed.length - 9);
        java.util.ArrayList<byte[]> records = new java.util.ArrayList<>();
        while (buffer.hasRemaining()) {
            int length = buffer.getInt();
            byte[] record = new byte[4 + length];
            ByteBuffer.wrap(record).putInt(length);
            buffer.get(record, 4, length);
            records.add(record);
        }
        return records;
    }

    private static byte[] join(byte[] sealed, List<byte[]> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(sealed, 0, 9);
        records.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
