package org.kirok.urgent;

import java.util.Locale;
import org.kirok.store.Codes;

/** How the SMTP connection is protected: not at all (a relay on the same host), STARTTLS, or TLS from the start. */
public enum MailSecurity {
    NONE, STARTTLS, TLS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MailSecurity parse(String code) {
        return Codes.parse(MailSecurity.class, code, "security");
    }
}
