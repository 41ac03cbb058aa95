package org.kirok.person;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.store.Confidentiality;

/**
 * A person as one user may see them. {@code names}, {@code birthDate}, {@code contact} and {@code notes} are
 * empty when the user has no identity access (or the person was erased); {@code code} is the pseudonym shown
 * instead ("P-3F9A1C07").
 */
public record PersonView(UUID id, String code, Optional<List<PersonName>> names, Optional<Sex> sex,
                         Optional<Integer> birthYear, BirthPrecision birthPrecision, Optional<LocalDate> birthDate,
                         Optional<String> contact, Optional<String> notes, Optional<UUID> originPlaceId,
                         Optional<String> originPlaceName, Optional<UUID> organisationId,
                         Confidentiality confidentiality, boolean legalHold, boolean erased,
                         Optional<String> externalId, int version) {

    /** What to call the person on a page: their first name, or the pseudonym when names are hidden. */
    public String label() {
        return names.filter(list -> !list.isEmpty()).map(list -> list.get(0).text()).orElse(code);
    }

    public boolean identityVisible() {
        return names.isPresent();
    }

    public static String codeOf(UUID id) {
        return "P-" + HexFormat.of().withUpperCase().formatHex(uuidBytes(id), 0, 4);
    }

    private static byte[] uuidBytes(UUID id) {
        long high = id.getMostSignificantBits();
        return new byte[] {(byte) (high >>> 56), (byte) (high >>> 48), (byte) (high >>> 40), (byte) (high >>> 32)};
    }
}
