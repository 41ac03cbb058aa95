package org.kirok.app;

import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.person.ErasureLedger;
import org.kirok.security.AccessPolicy;
import org.kirok.security.Accounts;
import org.kirok.security.PasswordHasher;
import org.kirok.security.SecondFactor;
import org.kirok.security.Totp;
import org.kirok.security.SessionStore;
import org.kirok.security.TokenStore;
import org.kirok.security.UserStore;
import org.kirok.store.DataDirectory;
import org.kirok.vault.IdentityVault;
import org.kirok.web.Templates;

/** What every feature stands on: the database, the vault, the audit log, access rules, accounts, templates. */
public record Core(Jdbi jdbi, IdentityVault vault, DataDirectory data, AuditLog audit, AccessPolicy access,
                   UserStore users, SessionStore sessions, TokenStore tokens, Accounts accounts, SecondFactor secondFactor,
                   Templates templates, ErasureLedger erasures, java.nio.file.Path keyFile) {

    static Core create(Jdbi jdbi, IdentityVault vault, DataDirectory data, java.nio.file.Path keyFile, boolean demo) {
        AuditLog audit = new AuditLog();
        UserStore users = new UserStore();
        SessionStore sessions = new SessionStore();
        return new Core(jdbi, vault, data, audit, new AccessPolicy(jdbi), users, sessions, new TokenStore(),
                new Accounts(jdbi, users, sessions, audit, new PasswordHasher()),
                new SecondFactor(jdbi, vault, audit, new Totp()), new Templates(demo),
                new ErasureLedger(keyFile.toAbsolutePath().resolveSibling("erasures.ledger")), keyFile.toAbsolutePath());
    }
}
