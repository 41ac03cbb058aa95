package org.kirok.upr;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.engine.disclosure.DisclosureGate;
import org.kirok.security.AccessPolicy;
import org.kirok.vocabulary.Vocabularies;
import org.kirok.web.Feature;
import org.kirok.web.Templates;

/** The UPR feature's services, wired by hand, and its pages and API. */
public record Upr(UprImporter importer, UprService register, EvidenceService evidence, AssessmentService assessments,
                  LawLinks laws, PublishedFigureReader published, UprSettings settings) {

    public static Upr create(Jdbi jdbi, AuditLog audit, AccessPolicy access, Vocabularies vocabularies) {
        UprService register = new UprService(jdbi, audit, vocabularies);
        EvidenceService evidence = new EvidenceService(jdbi, access, vocabularies, register, DisclosureGate.standard(),
                Clock.systemUTC());
        return new Upr(new UprImporter(jdbi, audit), register, evidence,
                new AssessmentService(jdbi, audit, register, evidence), new LawLinks(jdbi, audit, access),
                new PublishedFigureReader(jdbi), new UprSettings(jdbi, audit));
    }

    public List<Feature> web(Templates templates, Vocabularies vocabularies) {
        RegisterRoutes pages = new RegisterRoutes(this, vocabularies, templates);
        return List.of(new UprApi(importer, register, evidence, assessments, laws, published), pages,
                new EvidenceRoutes(this, templates, pages));
    }
}
