package org.kirok.analysis;

import org.jdbi.v3.core.Jdbi;
import org.kirok.analysis.estimation.EstimationApi;
import org.kirok.analysis.estimation.EstimationRoutes;
import org.kirok.analysis.estimation.EstimationService;
import org.kirok.analysis.linkage.LinkageApi;
import org.kirok.analysis.linkage.LinkageRoutes;
import org.kirok.analysis.linkage.LinkageService;
import org.kirok.audit.AuditLog;
import org.kirok.person.PersonService;
import org.kirok.security.AccessPolicy;
import org.kirok.vault.IdentityVault;
import org.kirok.web.Feature;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * Linkage and estimation in the app, wired by hand: one background worker for both, their services, and all their
 * pages and API endpoints registered as one feature.
 */
public final class Analysis implements Feature {
    private final Jobs jobs = new Jobs();
    private final LinkageService linkage;
    private final EstimationService estimation;
    private final Templates templates;

    public Analysis(Jdbi jdbi, IdentityVault vault, AuditLog audit, AccessPolicy access, PersonService persons,
                    Templates templates) {
        this.linkage = new LinkageService(jdbi, vault, audit, access, persons, jobs);
        this.estimation = new EstimationService(jdbi, audit, access, linkage, jobs);
        this.templates = templates;
    }

    public LinkageService linkage() {
        return linkage;
    }

    public EstimationService estimation() {
        return estimation;
    }

    public Jobs jobs() {
        return jobs;
    }

    @Override
    public void routes(Router router) {
        new AnalysisRoutes(linkage, estimation, jobs, templates).routes(router);
        new LinkageRoutes(linkage, templates).routes(router);
        new LinkageApi(linkage).routes(router);
        new EstimationRoutes(estimation, templates).routes(router);
        new EstimationApi(estimation).routes(router);
    }
}
