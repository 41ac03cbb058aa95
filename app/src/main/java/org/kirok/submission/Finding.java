package org.kirok.submission;

import java.util.List;
import org.kirok.web.Messages;

/**
 * Something the checks found in a draft: an error (the document must not go out like this) or a warning (check it),
 * as a message key with its arguments, so it can be said in the user's language.
 */
public record Finding(Level level, String key, List<Object> arguments) {

    public enum Level { ERROR, WARNING }

    public Finding {
        arguments = List.copyOf(arguments);
    }

    static Finding error(String key, Object... arguments) {
        return new Finding(Level.ERROR, key, List.of(arguments));
    }

    static Finding warning(String key, Object... arguments) {
        return new Finding(Level.WARNING, key, List.of(arguments));
    }

    public boolean error() {
        return level == Level.ERROR;
    }

    public String message(Messages messages) {
        return messages.t(key, arguments.toArray());
    }
}
