package org.kirok.search.index.cipher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.CRC32;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;

/** Files written through the encrypting directory read back exactly, from anywhere, and are ciphertext on disk. */
class EncryptedDirectoryTest {

    @Test
    void a_file_reads_back_as_written_and_its_checksum_is_the_plaintexts() throws IOException {
        Path root = Files.createTempDirectory("kirok-cipher");
        byte[] content = "정치범수용소 transcript line — 0123456789".repeat(500).getBytes(StandardCharsets.UTF_8);
        try (EncryptedDirectory directory = new EncryptedDirectory(FSDirectory.open(root), IndexKey.random())) {
            long checksum;
            try (IndexOutput out = directory.createOutput("a.bin", IOContext.DEFAULT)) {
                out.writeBytes(content, 0, 1000);
                out.writeByte(content[1000]);
                out.writeBytes(content, 1001, content.length - 1001);
                assertThat(out.getFilePointer()).isEqualTo(content.length);
                checksum = out.getChecksum();
            }
            CRC32 crc = new CRC32();
            crc.update(content);
            assertThat(checksum).isEqualTo(crc.getValue());
            assertThat(directory.fileLength("a.bin")).isEqualTo(content.length);
            try (IndexInput in = directory.openInput("a.bin", IOContext.DEFAULT)) {
                byte[] read = new byte[content.length];
                in.readBytes(read, 0, read.length);
                assertThat(read).isEqualTo(content);
            }
        }
        byte[] onDisk = Files.readAllBytes(root.resolve("a.bin"));
        assertThat(onDisk).hasSize(content.length + FileHeader.LENGTH);
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1))
                .doesNotContain(new String("정치범수용소".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                .doesNotContain("transcript");
    }

    /** Seeded property: any read at any position of any clone or slice equals the same read of the plaintext. */
    @Test
    void random_reads_of_clones_and_slices_match_the_plaintext() throws IOException {
        Random random = new Random(42);
        byte[] content = new byte[70_003];
        random.nextBytes(content);
        try (EncryptedDirectory directory = new EncryptedDirectory(FSDirectory.open(Files.createTempDirectory("kirok-cipher")),
                IndexKey.random())) {
            try (IndexOutput out = directory.createOutput("r.bin", IOContext.DEFAULT)) {
                int at = 0;
                while (at < content.length) {
                    int chunk = Math.min(content.length - at, random.nextInt(5_000));
                    out.writeBytes(content, at, chunk);
                    at += chunk;
                }
            }
            try (IndexInput in = directory.openInput("r.bin", IOContext.DEFAULT)) {
                for (int i = 0; i < 2_000; i++) {
                    long sliceStart = random.nextInt(content.length);
                    long sliceLength = random.nextInt((int) (content.length - sliceStart) + 1);
                    IndexInput view = random.nextBoolean() ? in.clone() : in.slice("s", sliceStart, sliceLength);
                    long base = view.length() == content.length ? 0 : sliceStart;
                    if (view.length() == 0) {
                        continue;
                    }
                    long position = (long) (random.nextDouble() * view.length());
                    int length = (int) Math.min(view.length() - position, random.nextInt(3_000));
                    view.seek(position);
                    byte[] read = new byte[length];
                    view.readBytes(read, 0, length);
                    int from = (int) (base + position);
                    assertThat(read).as("at " + from).isEqualTo(Arrays.copyOfRange(content, from, from + length));
                }
            }
        }
    }

    @Test
    void reading_past_the_end_is_refused() throws IOException {
        try (EncryptedDirectory directory = new EncryptedDirectory(FSDirectory.open(Files.createTempDirectory("kirok-cipher")),
                IndexKey.random())) {
            try (IndexOutput out = directory.createOutput("s.bin", IOContext.DEFAULT)) {
                out.writeInt(7);
            }
            try (IndexInput in = directory.openInput("s.bin", IOContext.DEFAULT)) {
                assertThat(in.readInt()).isEqualTo(7);
                assertThatThrownBy(in::readByte).isInstanceOf(java.io.EOFException.class);
            }
        }
    }

    @Test
    void a_file_that_was_not_encrypted_is_refused_with_the_reason() throws IOException {
        Path root = Files.createTempDirectory("kirok-cipher");
        Files.write(root.resolve("plain.bin"), "a plain index file, long enough".getBytes(StandardCharsets.UTF_8));
        try (EncryptedDirectory directory = new EncryptedDirectory(FSDirectory.open(root), IndexKey.random())) {
            assertThatThrownBy(() -> directory.openInput("plain.bin", IOContext.DEFAULT))
                    .isInstanceOf(IOException.class).hasMessageContaining("not an encrypted Kirok index file");
        }
    }

    @Test
    void the_counter_adds_blocks_with_carry_across_all_sixteen_bytes() {
        HexFormat hex = HexFormat.of();
        assertThat(hex.formatHex(Keystream.counter(hex.parseHex("000000000000000000000000000000ff"), 1)))
                .isEqualTo("00000000000000000000000000000100");
        assertThat(hex.formatHex(Keystream.counter(hex.parseHex("0000000000000000ffffffffffffffff"), 1)))
                .isEqualTo("00000000000000010000000000000000");
        assertThat(hex.formatHex(Keystream.counter(hex.parseHex("ffffffffffffffffffffffffffffffff"), 2)))
                .isEqualTo("00000000000000000000000000000001");
        assertThat(hex.formatHex(Keystream.counter(hex.parseHex("00000000000000000000000000000000"), 0x1234)))
                .isEqualTo("00000000000000000000000000001234");
    }

    @Test
    void an_index_key_must_have_32_bytes() {
        assertThatThrownBy(() -> new Keystream(new byte[16])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 16");
    }

    @Test
    void the_sealed_key_file_reopens_to_the_same_key_and_never_holds_it_in_the_clear() throws IOException {
        Path file = Files.createTempDirectory("kirok-key").resolve("index.key");
        IndexKey.Sealer sealer = new IndexKey.Sealer() {
            @Override
            public byte[] seal(byte[] secret) {
                byte[] sealed = secret.clone();
                for (int i = 0; i < sealed.length; i++) {
                    sealed[i] ^= 0x5a; // a stand-in for the vault's AEAD, enough to tell sealed from clear
                }
                return sealed;
            }

            @Override
            public byte[] open(byte[] sealed) {
                return seal(sealed);
            }
        };
        IndexKey created = IndexKey.loadOrCreate(file, sealer);
        IndexKey loaded = IndexKey.loadOrCreate(file, sealer);
        assertThat(loaded.bytes()).isEqualTo(created.bytes());
        assertThat(Files.readAllBytes(file)).isNotEqualTo(created.bytes());
        assertThat(created.toString()).doesNotContain(HexFormat.of().formatHex(created.bytes()));
    }
}
