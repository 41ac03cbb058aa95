package org.kirok.urgent;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.organisation.OrganisationService;
import org.kirok.person.PersonService;
import org.kirok.place.PlaceService;
import org.kirok.security.AccessPolicy;
import org.kirok.vault.IdentityVault;
import org.kirok.vocabulary.Vocabularies;
import org.kirok.web.Feature;
import org.kirok.web.Templates;

/** The urgent-case feature's services, wired by hand, and its web face. */
public record Urgent(UrgentCaseService cases, WgeidService wgeid, ActionService actions, RiskRuleService rules,
                     LetterService letters, MailService mail) {

    public static Urgent create(Jdbi jdbi, IdentityVault vault, AuditLog audit, AccessPolicy access,
                                PersonService persons, PlaceService places, OrganisationService organisations,
                                Vocabularies vocabularies) {
        UrgentCaseService cases = new UrgentCaseService(jdbi, vault, audit, access, persons, places, organisations,
                vocabularies);
        WgeidService wgeid = new WgeidService(cases, vault, audit, access);
        return new Urgent(cases, wgeid, new ActionService(cases, audit, access), new RiskRuleService(jdbi, audit, cases),
                new LetterService(cases, wgeid, audit, access), new MailService(jdbi, vault, audit));
    }

    /** The API, the pages, the administration pages; starting the pages also starts the reminder mailer. */
    public List<Feature> web(Templates templates, Vocabularies vocabularies) {
        return List.of(new UrgentApi(cases, wgeid, actions, rules, letters),
                new UrgentPages(this, templates, vocabularies),
                new UrgentAdminPages(rules, letters, mail, templates));
    }
}
