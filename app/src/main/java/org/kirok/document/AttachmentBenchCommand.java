package org.kirok.document;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kirok bench attachments}: how fast an upload is taken in (multipart parsing, SHA-256, chunked AES-256-GCM
 * sealing through Tink, writing and forcing the file to disk) and how fast a download is verified and sent (every
 * download opens the sealed file twice: once to verify, once to send). Runs on one thread, like one request.
 */
@Command(name = "attachments", mixinStandardHelpOptions = true,
        description = "Time attachment ingest (parse, hash, seal, fsync) and verified download for one file.")
public final class AttachmentBenchCommand implements Callable<Integer> {

    @Option(names = "--size-mb", paramLabel = "MB", defaultValue = "64", description = "file size in MiB (default 64)")
    int sizeMb;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "5", description = "timed runs after one warm-up")
    int repeats;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "2024", description = "seed of the random file content")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (sizeMb < 1 || sizeMb > 64 || repeats < 1) {
            System.err.println("kirok bench attachments: --size-mb must lie between 1 and 64 and --repeats be positive");
            return 2;
        }
        byte[] content = new byte[sizeMb * 1024 * 1024];
        new Random(seed).nextBytes(content);
        byte[] form = form(content);
        ChunkCipher cipher = cipher();
        Path folder = Files.createTempDirectory("kirok-bench-attachments");
        List<Double> ingest = new ArrayList<>();
        List<Double> download = new ArrayList<>();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("attachments").setInitialMax(repeats + 1L)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            AttachmentFiles files = new AttachmentFiles(folder);
            for (int run = 0; run <= repeats; run++) {
                String key = files.newStorageKey();
                long start = System.nanoTime();
                ingest(form, files, key, cipher);
                long sealed = System.nanoTime();
                for (int pass = 0; pass < 2; pass++) {
                    try (InputStream in = files.open(key)) {
                        SealedFile.open(in, OutputStream.nullOutputStream(), cipher);
                    }
                }
                long opened = System.nanoTime();
                if (run > 0) {
                    ingest.add((sealed - start) / 1e9);
                    download.add((opened - sealed) / 1e9);
                }
                files.discard(key);
                bar.step();
            }
        } finally {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
        System.out.printf(Locale.ROOT, "machine: %d cores (nproc), CPU %s, JDK %s %s, max heap %,d MB%n",
                Runtime.getRuntime().availableProcessors(), cpu(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        report("ingest (parse + SHA-256 + seal + fsync)", ingest);
        report("download (verify + decrypt to send)", download);
        return 0;
    }

    private void report(String what, List<Double> seconds) {
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        System.out.printf(Locale.ROOT, "%-42s %d MiB: median %.3f s (%.0f MiB/s), min %.3f s, max %.3f s%n", what,
                sizeMb, median, sizeMb / median, sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static String cpu() {
        try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown");
        } catch (IOException | SecurityException notLinux) {
            return System.getProperty("os.arch");
        }
    }

    private static void ingest(byte[] form, AttachmentFiles files, String key, ChunkCipher cipher) throws IOException {
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(form), "bench", UploadLimits.MAX_REQUEST_BYTES);
        MultipartReader.Part part = reader.next().orElseThrow();
        try (OutputStream out = files.create(key)) {
            SealedFile.seal(part.body(), out, cipher, SealedFile.DEFAULT_CHUNK_EXPONENT, UploadLimits.MAX_FILE_BYTES);
        }
        files.publish(key);
    }

    private static byte[] form(byte[] content) {
        ByteArrayOutputStream form = new ByteArrayOutputStream(content.length + 256);
        form.writeBytes("--bench\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.bin\"\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        form.writeBytes(content);
        form.writeBytes("\r\n--bench--\r\n".getBytes(StandardCharsets.US_ASCII));
        return form.toByteArray();
    }

    /** The vault's own primitive (Tink AES-256-GCM) with associated data shaped like an attachment field's. */
    private static ChunkCipher cipher() throws GeneralSecurityException {
        AeadConfig.register();
        Aead aead = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
                .getPrimitive(RegistryConfiguration.get(), Aead.class);
        byte[] associated = ("source|" + UUID.randomUUID() + "|attachment:" + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8);
        return new ChunkCipher() {
            @Override
            public byte[] seal(byte[] plaintext) {
                try {
                    return aead.encrypt(plaintext, associated);
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public byte[] open(byte[] ciphertext) {
                try {
                    return aead.decrypt(ciphertext, associated);
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
