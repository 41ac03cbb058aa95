package org.kirok.engine.linkage;

/** Checks shared by the settings records. */
final class Settings {
    private Settings() {
    }

    static String requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a " + what + " needs a name, got '" + name + "'");
        }
        return name;
    }
}
