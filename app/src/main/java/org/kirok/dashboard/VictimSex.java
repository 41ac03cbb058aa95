package org.kirok.dashboard;

import java.util.Optional;
import org.kirok.store.InvalidInputException;

/** The victim's recorded sex as the dashboard counts it (F, M, X as the person record has it, or unknown). */
public enum VictimSex {
    UNKNOWN("unknown"), F("F"), M("M"), X("X");

    private final String code;

    VictimSex(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "dashboard.sex." + code.toLowerCase(java.util.Locale.ROOT);
    }

    static VictimSex ofColumn(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        return switch (value) {
            case "F" -> F;
            case "M" -> M;
            case "X" -> X;
            default -> UNKNOWN;
        };
    }

    public static Optional<VictimSex> parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (VictimSex sex : values()) {
            if (sex.code.equalsIgnoreCase(text.strip())) {
                return Optional.of(sex);
            }
        }
        throw new InvalidInputException(field, field + " must be F, M, X or unknown (got '" + text + "')");
    }
}
