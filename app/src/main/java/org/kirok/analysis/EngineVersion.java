package org.kirok.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of the engine that computed a result, saved with it so that a result can be traced to the code that
 * produced it years later: the Maven coordinates packed into the engine's jar, or "development" when running from
 * a source tree.
 */
public final class EngineVersion {
    private static final String PROPERTIES = "/META-INF/maven/org.kirok/kirok-engine/pom.properties";
    private static final String CURRENT = read();

    private EngineVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = org.kirok.engine.linkage.Linker.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                return "kirok-engine (development build)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return "kirok-engine " + properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "kirok-engine (version unreadable: " + e.getMessage() + ")";
        }
    }
}
