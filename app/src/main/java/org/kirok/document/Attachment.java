package org.kirok.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * An attachment as one user may see it. The file name is empty unless the user may download the file (it may
 * well name the witness); {@code fileNameDamaged} says its ciphertext failed authentication. The SHA-256 is of the
 * original bytes, computed at upload and checked again on every download.
 */
public record Attachment(UUID id, UUID sourceId, Optional<String> fileName, boolean fileNameDamaged, String mediaType,
                         long size, String sha256, Optional<UUID> derivedFrom, Optional<String> addedBy,
                         Instant addedAt) {

    /** A size for people: 812 B, 14.2 KB, 3.1 MB (powers of 1024, like the upload limit). */
    public String sizeLabel() {
        if (size < 1024) {
            return size + " B";
        }
        double value = size;
        String[] units = {"KB", "MB", "GB"};
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    /** The day it was added (UTC), for lists. */
    public LocalDate addedOn() {
        return LocalDate.ofInstant(addedAt, ZoneOffset.UTC);
    }

    /** The first 12 hexadecimal digits of the SHA-256, enough to tell files apart on a page. */
    public String shortHash() {
        return sha256.substring(0, 12);
    }
}
