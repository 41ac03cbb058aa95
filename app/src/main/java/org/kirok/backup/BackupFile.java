package org.kirok.backup;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.kirok.vault.IdentityVault;

/**
 * The encrypted envelope of a backup: a magic header, a fresh streaming key (AES-256-GCM-HKDF, 1 MB segments)
 * sealed under the installation's master key, then the archive streamed through it. Without the key file a backup
 * is noise; with it, every segment is authenticated, so a flipped byte or a truncated file is refused.
 */
final class BackupFile {
    private static final byte[] MAGIC = "KIROKBK1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTEXT = "kirok-backup".getBytes(StandardCharsets.US_ASCII);

    private BackupFile() {
    }

    static OutputStream encrypting(OutputStream out, IdentityVault vault) throws IOException {
        try {
            StreamingAeadConfig.register();
            KeysetHandle key = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
            byte[] sealed = vault.sealSecret("backup", TinkProtoKeysetFormat.serializeKeyset(key,
                    com.google.crypto.tink.InsecureSecretKeyAccess.get()));
            DataOutputStream header = new DataOutputStream(out);
            header.write(MAGIC);
            header.writeInt(sealed.length);
            header.write(sealed);
            header.flush();
            return key.getPrimitive(RegistryConfiguration.get(), StreamingAead.class).newEncryptingStream(out, CONTEXT);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot start an encrypted backup: " + e.getMessage(), e);
        }
    }

    static InputStream decrypting(InputStream in, IdentityVault vault) throws IOException {
        DataInputStream header = new DataInputStream(in);
        byte[] magic = header.readNBytes(MAGIC.length);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("this is not a Kirok backup");
        }
        int length = header.readInt();
        if (length <= 0 || length > 10_000) {
            throw new IOException("the backup header is damaged");
        }
        byte[] sealed = header.readNBytes(length);
        try {
            StreamingAeadConfig.register();
            KeysetHandle key = TinkProtoKeysetFormat.parseKeyset(vault.openSecret("backup", sealed),
                    com.google.crypto.tink.InsecureSecretKeyAccess.get());
            return key.getPrimitive(RegistryConfiguration.get(), StreamingAead.class).newDecryptingStream(in, CONTEXT);
        } catch (GeneralSecurityException | org.kirok.vault.VaultIntegrityException e) {
            throw new IOException("this backup was made with another key file (or is damaged): restore it with the key "
                    + "file of the installation that made it (KIROK_KEY_FILE)", e);
        }
    }
}
