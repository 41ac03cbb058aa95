package org.kirok.store;

/**
 * PostgreSQL text cannot hold U+0000, which arrives with text copied out of binary files and in hostile input. A
 * value holding it is refused naming its field, before it reaches the database as an opaque server error.
 */
public final class StorableText {
    private StorableText() {
    }

    public static String check(String field, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(field, field + " contains a NUL character (U+0000), which cannot be stored; "
                    + "remove it (it usually comes from text copied out of a binary file)");
        }
        return value;
    }
}
