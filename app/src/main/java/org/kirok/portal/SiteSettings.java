package org.kirok.portal;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.kirok.web.Messages;

/** The organisation's name on the portal, per language (settings portal_name_en / portal_name_ko). */
public final class SiteSettings {
    private final Jdbi jdbi;

    public SiteSettings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public String siteName(String language) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT value FROM setting WHERE key = :k")
                        .bind("k", "portal_name_" + language).mapTo(String.class).findOne())
                .or(() -> Optional.of(Messages.of(language).t("portal.site.name"))).get();
    }

    /** Sets the name for one language (the demo names its fictional organisation). */
    public void setSiteName(org.jdbi.v3.core.Handle handle, String language, String name) {
        handle.createUpdate("""
                INSERT INTO setting (key, value) VALUES (:k, :v) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value""")
                .bind("k", "portal_name_" + language).bind("v", name).execute();
    }
}
