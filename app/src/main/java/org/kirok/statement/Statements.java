package org.kirok.statement;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.security.AccessPolicy;
import org.kirok.upr.UprSettings;
import org.kirok.web.Feature;
import org.kirok.web.Templates;

/** The oral statement builder's service, wired by hand, and its pages and API. */
public record Statements(StatementService service) {

    public static Statements create(Jdbi jdbi, AuditLog audit, AccessPolicy access, UprSettings settings) {
        return new Statements(new StatementService(jdbi, audit, access, settings));
    }

    public List<Feature> web(Templates templates) {
        return List.of(new StatementApi(service), new StatementRoutes(service, templates));
    }
}
