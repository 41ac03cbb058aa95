package org.kirok.app;

import java.util.Map;
import java.util.Optional;
import org.kirok.audit.Actor;
import org.kirok.demo.DemoLoader;

/** What happens at start besides the server: the automation token and the demo dataset. */
final class Bootstrap {
    static final int MINIMUM_TOKEN_LENGTH = 32;

    private Bootstrap() {
    }

    /** Registers {@code KIROK_BOOTSTRAP_TOKEN} (stored only as a hash) as an API token of the admin user. */
    static void registerToken(Kirok kirok) {
        String token = System.getenv("KIROK_BOOTSTRAP_TOKEN");
        if (token == null || token.isBlank()) {
            return;
        }
        if (token.strip().length() < MINIMUM_TOKEN_LENGTH) {
            throw new IllegalArgumentException("KIROK_BOOTSTRAP_TOKEN must have at least " + MINIMUM_TOKEN_LENGTH
                    + " characters; generate one with: openssl rand -hex 32");
        }
        var services = kirok.core();
        kirok.jdbi().useTransaction(handle -> {
            var admin = services.users().byUsername(handle, "admin").orElseThrow(
                    () -> new IllegalStateException("no 'admin' user to attach KIROK_BOOTSTRAP_TOKEN to"));
            services.tokens().create(handle, admin.id(), "bootstrap (KIROK_BOOTSTRAP_TOKEN)", token.strip(),
                    Optional.empty());
            services.audit().record(handle, Actor.SYSTEM, "token.bootstrap", "user", admin.id(), Map.of());
        });
    }

    static void loadDemo(Kirok kirok) {
        long started = System.nanoTime();
        System.out.println("Kirok: loading the fictional demo dataset (once; about a minute on first start)…");
        new DemoLoader(kirok.features()).loadOnce().ifPresentOrElse(
                summary -> System.out.printf("Kirok: demo loaded in %.1f s: %d testimonies, %d persons, %d acts, %d events%n",
                        (System.nanoTime() - started) / 1e9, summary.testimonies(), summary.persons(), summary.acts(),
                        summary.events()),
                () -> System.out.println("Kirok: the demo dataset is already loaded"));
    }
}
