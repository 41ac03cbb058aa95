package org.kirok.app;

import java.util.List;
import org.kirok.analysis.Analysis;
import org.kirok.audit.AuditRoutes;
import org.kirok.document.AttachmentApi;
import org.kirok.document.AttachmentRoutes;
import org.kirok.document.AttachmentService;
import org.kirok.document.EvidencePackages;
import org.kirok.document.EvidenceRoutes;
import org.kirok.document.DocumentApi;
import org.kirok.document.DocumentRoutes;
import org.kirok.document.DocumentService;
import org.kirok.event.ActApi;
import org.kirok.event.ActRoutes;
import org.kirok.event.ActService;
import org.kirok.event.EventRoutes;
import org.kirok.event.EventService;
import org.kirok.event.TermOptions;
import org.kirok.law.LawApi;
import org.kirok.law.LawRoutes;
import org.kirok.law.LawService;
import org.kirok.organisation.OrganisationApi;
import org.kirok.organisation.OrganisationRoutes;
import org.kirok.organisation.OrganisationService;
import org.kirok.person.Erasure;
import org.kirok.person.PersonApi;
import org.kirok.place.PlaceApi;
import org.kirok.place.PlaceRoutes;
import org.kirok.place.PlaceService;
import org.kirok.person.PersonRoutes;
import org.kirok.person.PersonService;
import org.kirok.home.HomeRoutes;
import org.kirok.search.SearchService;
import org.kirok.search.SearchSource;
import org.kirok.search.source.ActSource;
import org.kirok.search.source.LawSource;
import org.kirok.search.source.OrganisationSource;
import org.kirok.search.source.PersonSource;
import org.kirok.search.source.PlaceSource;
import org.kirok.search.source.TestimonySource;
import org.kirok.search.web.SearchApi;
import org.kirok.search.web.SearchRoutes;
import org.kirok.security.AccountRoutes;
import org.kirok.security.SecondFactorRoutes;
import org.kirok.security.SharingRoutes;
import org.kirok.security.SharingService;
import org.kirok.security.UserAdminRoutes;
import org.kirok.testimony.TestimonyApi;
import org.kirok.transfer.Exports;
import org.kirok.transfer.Transfer;
import org.kirok.transfer.TransferRoutes;
import org.kirok.testimony.TestimonyRoutes;
import org.kirok.testimony.TestimonyService;
import org.kirok.vocabulary.Vocabularies;
import org.kirok.vocabulary.VocabularyApi;
import org.kirok.vocabulary.VocabularyRoutes;
import org.kirok.vocabulary.VocabularyService;
import org.kirok.web.CoreRoutes;
import org.kirok.security.Permission;
import org.kirok.web.Feature;
import org.kirok.web.OpenApiRoutes;
import org.kirok.urgent.Urgent;
import org.kirok.advocacy.Advocacy;
import org.kirok.dashboard.ActSummaries;
import org.kirok.dashboard.DashboardRoutes;
import org.kirok.dashboard.Dashboards;
import org.kirok.engine.disclosure.DisclosureGate;
import org.kirok.map.Boundaries;
import org.kirok.report.ReportRoutes;
import org.kirok.dataset.DatasetRoutes;
import org.kirok.dataset.Datasets;
import org.kirok.portal.EditorRoutes;
import org.kirok.portal.Markdown;
import org.kirok.portal.Posts;
import org.kirok.portal.Programmes;
import org.kirok.portal.PublicRoutes;
import org.kirok.portal.PublicStatistics;
import org.kirok.portal.SiteSettings;

/** The feature services, wired by hand on the core, and their routes. */
public record Features(Core core, PersonService persons, TestimonyService testimonies, EventService events,
                       ActService acts, TermOptions terms, Vocabularies vocabularies,
                       VocabularyService vocabularyService, PlaceService places, OrganisationService organisations,
                       LawService laws, Transfer transfer, Exports exports, DocumentService documents,
                       AttachmentService attachments, Urgent urgent, Advocacy advocacy, org.kirok.upr.Upr upr,
                       org.kirok.submission.Submissions submissions, org.kirok.statement.Statements statements,
                       Analysis analysis, SearchService search, Dashboards dashboards, Boundaries boundaries) {

    static Features create(Core core) {
        PersonService persons = new PersonService(core.jdbi(), core.vault(), core.audit(), core.access());
        TestimonyService testimonies = new TestimonyService(core.jdbi(), core.vault(), core.audit(), core.access(), persons);
        EventService events = new EventService(core.jdbi(), core.vault(), core.audit(), core.access());
        ActService acts = new ActService(core.jdbi(), core.vault(), core.audit(), core.access(), persons);
        Vocabularies vocabularies = new Vocabularies(core.jdbi());
        PlaceService places = new PlaceService(core.jdbi(), core.audit(), vocabularies);
        OrganisationService organisations = new OrganisationService(core.jdbi(), core.audit());
        Urgent urgent = Urgent.create(core.jdbi(), core.vault(), core.audit(), core.access(), persons, places,
                organisations, vocabularies);
        org.kirok.upr.Upr upr = org.kirok.upr.Upr.create(core.jdbi(), core.audit(), core.access(), vocabularies);
        return new Features(core, persons, testimonies, events, acts, new TermOptions(core.jdbi()), vocabularies,
                new VocabularyService(core.jdbi(), core.audit(), vocabularies), places,
                organisations, new LawService(core.jdbi(), core.audit()),
                new Transfer(core.jdbi(), core.vault(), persons, acts, places, vocabularies, core.audit()),
                new Exports(core.jdbi(), persons, acts, places, vocabularies, core.audit()),
                new DocumentService(core.jdbi(), core.vault(), core.audit(), core.access()),
                new AttachmentService(core.jdbi(), core.vault(), core.audit(), core.access(), core.data().attachments()),
                urgent, Advocacy.create(core.jdbi(), core.audit(), core.access(), persons, urgent), upr,
                org.kirok.submission.Submissions.create(core.jdbi(), core.audit(), core.access(), upr, vocabularies),
                org.kirok.statement.Statements.create(core.jdbi(), core.audit(), core.access(), upr.settings()),
                new Analysis(core.jdbi(), core.vault(), core.audit(), core.access(), persons, core.templates()),
                new SearchService(core.jdbi(), core.vault(), core.access(), searchSources(core, persons)),
                new Dashboards(core.jdbi(), core.access(), DisclosureGate.standard()),
                new Boundaries(core.jdbi(), core.audit()));
    }

    /** Every searchable type of record; a feature with records to find adds its {@link SearchSource} here. */
    private static List<SearchSource> searchSources(Core core, PersonService persons) {
        return List.of(
                new TestimonySource(core.vault(), core.access(), persons, core.audit()),
                new ActSource(core.access(), persons),
                new PersonSource(core.vault(), core.access(), persons),
                new PlaceSource(),
                new OrganisationSource(),
                new LawSource());
    }

    public Posts posts() {
        return new Posts(core.jdbi(), core.audit());
    }

    public Programmes programmes() {
        return new Programmes(core.jdbi(), core.audit());
    }

    private PublicRoutes publicPortal() {
        return new PublicRoutes(posts(), programmes(), new PublicStatistics(dashboards, boundaries),
                new SiteSettings(core.jdbi()), core.templates(), core.templates().demo());
    }

    /** Only the public portal, for a server of its own (its root leads to the portal; nothing else is there). */
    List<Feature> publicWeb() {
        return List.of(publicPortal(), router -> router.get("/", Permission.PUBLIC, "The public portal",
                ctx -> ctx.redirect("/public/")));
    }

    public Erasure erasure() {
        return new Erasure(core.jdbi(), core.vault(), core.audit(), core.access(), core.erasures());
    }

    List<Feature> web() {
        List<Feature> all = new java.util.ArrayList<>(List.of(
                new CoreRoutes(core.jdbi(), core.users()),
                new AccountRoutes(core.jdbi(), core.accounts(), core.sessions(), core.templates()),
                new UserAdminRoutes(core.jdbi(), core.users(), core.sessions(), core.accounts(), core.secondFactor(),
                        core.audit(), core.templates()),
                new SecondFactorRoutes(core.jdbi(), core.secondFactor(), core.sessions(), core.tokens(), core.audit(),
                        core.templates()),
                new SharingRoutes(new SharingService(core.jdbi(), core.audit()), core.templates()),
                new org.kirok.vault.KeyRoutes(new org.kirok.vault.LiveRotation(core.jdbi(), core.vault(), core.audit(),
                        core.keyFile()), core.templates()),
                new HomeRoutes(core.jdbi(), core.access(), core.templates()),
                new PersonApi(persons, erasure()),
                new PersonRoutes(persons, erasure(), core.templates()),
                new TestimonyApi(testimonies),
                new TestimonyRoutes(testimonies, persons, core.templates(), core.jdbi(), core.access()),
                new EventRoutes(events, core.templates()),
                new ActApi(acts),
                new ActRoutes(acts, testimonies, persons, terms, core.templates(), core.jdbi()),
                new VocabularyApi(vocabularyService),
                new VocabularyRoutes(vocabularyService, core.templates()),
                new PlaceApi(places),
                new PlaceRoutes(places, core.templates()),
                new OrganisationApi(organisations),
                new OrganisationRoutes(organisations, core.templates()),
                new LawApi(laws),
                new LawRoutes(laws, core.templates()),
                new TransferRoutes(transfer, exports, core.templates()),
                new AuditRoutes(core.jdbi(), core.access(), core.templates()),
                new SearchRoutes(search, vocabularies, core.templates()),
                new SearchApi(search),
                new DocumentApi(documents),
                new DocumentRoutes(documents, core.templates()),
                new AttachmentApi(attachments),
                new AttachmentRoutes(attachments, core.templates()),
                new EvidenceRoutes(new EvidencePackages(core.jdbi(), core.vault(), attachments), core.templates()),
                analysis,
                new DashboardRoutes(dashboards, new ActSummaries(core.jdbi(), core.access()), boundaries, core.templates()),
                new ReportRoutes(dashboards, new ActSummaries(core.jdbi(), core.access()), boundaries, core.jdbi(),
                        core.audit(), core.templates()),
                publicPortal(),
                new EditorRoutes(posts(), programmes(), new Markdown(), core.templates()),
                new DatasetRoutes(new Datasets(core.jdbi(), core.access(), core.audit(), dashboards), core.templates()),
                new OpenApiRoutes()));
        all.addAll(urgent.web(core.templates(), vocabularies));
        all.addAll(advocacy.web(core.templates()));
        all.addAll(upr.web(core.templates(), vocabularies));
        all.addAll(submissions.web(core.templates(), upr, vocabularies));
        all.addAll(statements.web(core.templates()));
        return all;
    }
}
