package org.kirok.vault;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The key file: the vault's master AEAD keyset and the blind-index PRF keyset, kept outside the database (by
 * default under {@code <data>/keys/}, or wherever {@code KIROK_KEY_FILE} points — ideally another disk or a
 * removable one). Optionally protected by a passphrase: the keysets are then encrypted with AES-256-GCM under a
 * key derived by Argon2id (64 MiB, 3 passes), and a stolen file alone opens nothing. Written atomically with
 * owner-only permissions.
 */
public final class KeyFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FORMAT = 1;
    private static final int KDF_MEMORY_KIB = 64 * 1024;
    private static final int KDF_ITERATIONS = 3;

    private KeyFile() {
    }

    /** Loads the keys at {@code path} (asking for the passphrase if protected), creating fresh ones if absent. */
    public static VaultKeys loadOrCreate(Path path) {
        TinkSetup.register();
        if (!Files.exists(path)) {
            try {
                VaultKeys fresh = new VaultKeys(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                        KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
                write(path, fresh, KeyPassphrase.forNewFile());
                return fresh;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot create vault keys: " + e.getMessage(), e);
            }
        }
        return load(path, () -> KeyPassphrase.forExistingFile(path));
    }

    /** Loads keys; {@code passphrase} is asked only when the file is protected. */
    public static VaultKeys load(Path path, java.util.function.Supplier<char[]> passphrase) {
        TinkSetup.register();
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(path.toFile());
            int format = node.path("format").asInt(-1);
            if (format != FORMAT) {
                throw new IllegalStateException("The key file " + path + " has format " + format
                        + "; this Kirok reads format " + FORMAT + ".");
            }
            Optional<Aead> wrapping = protection(node, passphrase);
            return new VaultKeys(parse(node, "master", path, wrapping), parse(node, "blind_index", path, wrapping));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key file " + path + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key file " + path + " cannot be opened: a wrong passphrase, "
                    + "or the file is damaged (" + e.getMessage() + ")", e);
        }
    }

    /** Whether the key file asks for a passphrase. */
    public static boolean isProtected(Path path) {
        try {
            return Files.exists(path) && JSON.readTree(path.toFile()).path("protection").asText("none").equals("passphrase");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the key file " + path, e);
        }
    }

    private static Optional<Aead> protection(ObjectNode node, java.util.function.Supplier<char[]> passphrase)
            throws GeneralSecurityException {
        if (!node.path("protection").asText("none").equals("passphrase")) {
            return Optional.empty();
        }
        byte[] salt = Base64.getDecoder().decode(node.path("kdf").path("salt").asText());
        int memory = node.path("kdf").path("memory_kib").asInt(KDF_MEMORY_KIB);
        int iterations = node.path("kdf").path("iterations").asInt(KDF_ITERATIONS);
        char[] secret = passphrase.get();
        try {
            return Optional.of(new AesGcmJce(derive(secret, salt, memory, iterations)));
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static KeysetHandle parse(ObjectNode node, String field, Path path, Optional<Aead> wrapping)
            throws GeneralSecurityException {
        String encoded = node.path(field).asText("");
        if (encoded.isEmpty()) {
            throw new IllegalStateException("the key file " + path + " has no '" + field + "' keyset");
        }
        byte[] bytes = Base64.getDecoder().decode(encoded);
        return wrapping.isPresent()
                ? TinkProtoKeysetFormat.parseEncryptedKeyset(bytes, wrapping.get(), context(field))
                : TinkProtoKeysetFormat.parseKeyset(bytes, InsecureSecretKeyAccess.get());
    }

    /** Writes keys, protected by the passphrase when one is given (an empty one means no protection). */
    public static void write(Path path, VaultKeys keys, Optional<char[]> passphrase) {
        try {
            ObjectNode node = JSON.createObjectNode();
            node.put("format", FORMAT);
            node.put("warning", "Kirok identity vault keys. Without this file the protected identities cannot be read. "
                    + "Back it up separately from the database and keep it secret.");
            Optional<Aead> wrapping = Optional.empty();
            if (passphrase.isPresent() && passphrase.get().length > 0) {
                byte[] salt = new byte[16];
                new SecureRandom().nextBytes(salt);
                node.put("protection", "passphrase");
                ObjectNode kdf = node.putObject("kdf");
                kdf.put("algorithm", "argon2id");
                kdf.put("memory_kib", KDF_MEMORY_KIB);
                kdf.put("iterations", KDF_ITERATIONS);
                kdf.put("salt", Base64.getEncoder().encodeToString(salt));
                wrapping = Optional.of(new AesGcmJce(derive(passphrase.get(), salt, KDF_MEMORY_KIB, KDF_ITERATIONS)));
            } else {
                node.put("protection", "none");
            }
            node.put("master", encode(keys.master(), "master", wrapping));
            node.put("blind_index", encode(keys.blindIndex(), "blind_index", wrapping));
            Path parent = path.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = parent.resolve(path.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key file " + path + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the key file: " + e.getMessage(), e);
        }
    }

    private static String encode(KeysetHandle handle, String field, Optional<Aead> wrapping) throws GeneralSecurityException {
        byte[] bytes = wrapping.isPresent()
                ? TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, wrapping.get(), context(field))
                : TinkProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] context(String field) {
        return ("kirok-keyfile|" + field).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] derive(char[] passphrase, byte[] salt, int memoryKib, int iterations) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(memoryKib)
                .withIterations(iterations).withParallelism(1).withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] key = new byte[32];
        generator.generateBytes(passphrase, key);
        return key;
    }
}
