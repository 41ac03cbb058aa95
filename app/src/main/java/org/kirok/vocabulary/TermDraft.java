package org.kirok.vocabulary;

import java.util.Optional;
import java.util.regex.Pattern;
import org.kirok.store.InvalidInputException;

/** What an administrator writes when adding or editing a term; the code is the stable identifier in imports. */
public record TermDraft(String code, String labelEn, String labelKo, Optional<String> description, int sortOrder,
                        boolean active) {
    private static final Pattern CODE = Pattern.compile("[a-z0-9_]{1,64}");

    public TermDraft {
        code = code == null ? "" : code.strip();
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException("code", "a term code is 1 to 64 lower-case letters, digits or _ (got '"
                    + code + "')");
        }
        labelEn = label("label_en", labelEn);
        labelKo = label("label_ko", labelKo);
        description = description.map(String::strip).filter(s -> !s.isEmpty());
        if (description.isPresent() && description.get().length() > 2000) {
            throw new InvalidInputException("description", "a description is at most 2000 characters");
        }
        if (sortOrder < 0 || sortOrder > 1_000_000) {
            throw new InvalidInputException("sort_order", "sort_order must lie between 0 and 1000000 (got "
                    + sortOrder + ")");
        }
    }

    private static String label(String field, String text) {
        String label = text == null ? "" : text.strip();
        if (label.isEmpty()) {
            throw new InvalidInputException(field, field + " is required: every term is labelled in English and Korean");
        }
        if (label.length() > 200) {
            throw new InvalidInputException(field, field + " is at most 200 characters (got " + label.length() + ")");
        }
        return label;
    }
}
