package org.kirok.web;

import java.util.Optional;
import org.kirok.security.Permission;
import org.kirok.security.User;

/**
 * What every page template needs besides its own data: the texts in the user's language, who is logged in,
 * the CSRF token for forms, the current path, whether this is the fictional demo, and a one-off notice.
 */
public record PageContext(Messages messages, Optional<User> user, String csrf, String path, boolean demo,
                          Optional<String> notice) {

    public String t(String key) {
        return messages.t(key);
    }

    public String t(String key, Object... arguments) {
        return messages.t(key, arguments);
    }

    public String lang() {
        return messages.language();
    }

    public boolean may(Permission permission) {
        return user.map(u -> u.may(permission)).orElse(false);
    }

    public boolean loggedIn() {
        return user.isPresent();
    }

    /** For the navigation: whether the current page lies under {@code prefix}. */
    public boolean under(String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
