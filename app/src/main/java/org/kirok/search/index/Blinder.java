package org.kirok.search.index;

/**
 * A keyed one-way function for lookup keys (the vault's HMAC blind index): the index holds only its outputs, so
 * a name can be matched but not read, and not guessed without the key.
 */
@FunctionalInterface
public interface Blinder {
    byte[] blind(String normalizedKey);
}
