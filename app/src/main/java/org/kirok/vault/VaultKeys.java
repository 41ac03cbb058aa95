package org.kirok.vault;

import com.google.crypto.tink.KeysetHandle;

/** The two keysets of the vault: the master AEAD that wraps data keys, and the blind-index PRF. */
public record VaultKeys(KeysetHandle master, KeysetHandle blindIndex) {
}
