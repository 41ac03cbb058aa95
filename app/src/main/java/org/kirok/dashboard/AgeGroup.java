package org.kirok.dashboard;

import java.util.Optional;
import org.kirok.store.InvalidInputException;

/**
 * The victim's age when the act began, in the groups human-rights reporting uses: children (under 18, as the CRC
 * defines them), then young, middle and older adults. Unknown when the birth year or the act's date is.
 */
public enum AgeGroup {
    UNKNOWN("unknown", "dashboard.age.unknown"),
    CHILD("0-17", "dashboard.age.child"),
    YOUNG("18-29", "dashboard.age.young"),
    ADULT("30-44", "dashboard.age.adult"),
    MIDDLE("45-59", "dashboard.age.middle"),
    OLDER("60+", "dashboard.age.older");

    private final String code;
    private final String messageKey;

    AgeGroup(String code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The group of someone born in {@code birthYear} (0 = unknown) when an act began in {@code actYear}. */
    public static AgeGroup at(int birthYear, int actYear) {
        return of(birthYear, actYear);
    }

    static AgeGroup of(int birthYear, int actYear) {
        if (birthYear <= 0 || actYear <= 0 || actYear < birthYear) {
            return UNKNOWN;
        }
        int age = actYear - birthYear;
        return age < 18 ? CHILD : age < 30 ? YOUNG : age < 45 ? ADULT : age < 60 ? MIDDLE : OLDER;
    }

    public static Optional<AgeGroup> parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (AgeGroup group : values()) {
            if (group.code.equals(text.strip())) {
                return Optional.of(group);
            }
        }
        throw new InvalidInputException(field, field + " must be one of unknown, 0-17, 18-29, 30-44, 45-59, 60+ (got '"
                + text + "')");
    }
}
