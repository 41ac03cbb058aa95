package org.kirok.vault;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The key file: the vault's master AEAD keyset and the blind-index PRF keyset, kept outside the database
 * (by default under {@code <data>/keys/}, or wherever {@code KIROK_KEY_FILE} points — ideally another disk).
 * Created on first start with owner-only permissions. The security issue adds passphrase protection.
 */
public final class KeyFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FORMAT = 1;

    private KeyFile() {
    }

    /** Loads the keys at {@code path}, creating fresh ones if the file does not exist yet. */
    public static VaultKeys loadOrCreate(Path path) {
        TinkSetup.register();
        try {
            if (!Files.exists(path)) {
                VaultKeys fresh = new VaultKeys(
                        KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                        KeysetHandle.generateNew(PredefinedPrfParameters.HMAC_SHA256_PRF));
                write(path, fresh);
                return fresh;
            }
            ObjectNode node = (ObjectNode) JSON.readTree(path.toFile());
            int format = node.path("format").asInt(-1);
            if (format != FORMAT) {
                throw new IllegalStateException("The key file " + path + " has format " + format
                        + "; this Kirok reads format " + FORMAT + ".");
            }
            return new VaultKeys(parse(node, "master", path), parse(node, "blind_index", path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the key file " + path + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key file " + path + " is damaged: " + e.getMessage(), e);
        }
    }

    private static KeysetHandle parse(ObjectNode node, String field, Path path) throws GeneralSecurityException {
        String encoded = node.path(field).asText("");
        if (encoded.isEmpty()) {
            throw new IllegalStateException("the key file " + path + " has no '" + field + "' keyset");
        }
        return TinkProtoKeysetFormat.parseKeyset(Base64.getDecoder().decode(encoded), InsecureSecretKeyAccess.get());
    }

    static void write(Path path, VaultKeys keys) throws IOException, GeneralSecurityException {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", FORMAT);
        node.put("warning", "Kirok identity vault keys. Without this file the protected identities cannot be read. "
                + "Back it up separately from the database and keep it secret.");
        node.put("master", encode(keys.master()));
        node.put("blind_index", encode(keys.blindIndex()));
        Files.createDirectories(path.toAbsolutePath().getParent());
        Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String encode(KeysetHandle handle) throws GeneralSecurityException {
        return Base64.getEncoder().encodeToString(
                TinkProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()));
    }
}
