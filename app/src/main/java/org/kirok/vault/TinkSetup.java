package org.kirok.vault;

import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PrfConfig;
import java.security.GeneralSecurityException;

/** Registers the Tink primitives Kirok uses, once per JVM. */
final class TinkSetup {
    private static volatile boolean registered;

    private TinkSetup() {
    }

    static void register() {
        if (registered) {
            return;
        }
        synchronized (TinkSetup.class) {
            try {
                AeadConfig.register();
                PrfConfig.register();
                registered = true;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot initialise Tink: " + e.getMessage(), e);
            }
        }
    }
}
