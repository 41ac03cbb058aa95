package org.kirok.report;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditLog;
import org.kirok.dashboard.ActSummaries;
import org.kirok.dashboard.ActSummary;
import org.kirok.dashboard.DashboardResult;
import org.kirok.dashboard.Dashboards;
import org.kirok.dashboard.Facets;
import org.kirok.dashboard.FilterOptions;
import org.kirok.map.Boundaries;
import org.kirok.publish.DocxRenderer;
import org.kirok.publish.PdfRenderer;
import org.kirok.publish.Publication;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.Messages;
import org.kirok.web.Router;
import org.kirok.web.Templates;

/**
 * Situation reports for a theme (act type), period and place, as Word or PDF: the form, and the two downloads. The
 * figures are those fit to publish (through the disclosure gate), so a report can leave the organisation; every
 * download is audited with what it covered.
 */
public final class ReportRoutes implements Feature {
    private final Dashboards dashboards;
    private final ActSummaries summaries;
    private final Boundaries boundaries;
    private final Jdbi jdbi;
    private final AuditLog audit;
    private final Templates templates;

    public ReportRoutes(Dashboards dashboards, ActSummaries summaries, Boundaries boundaries, Jdbi jdbi, AuditLog audit,
                        Templates templates) {
        this.dashboards = dashboards;
        this.summaries = summaries;
        this.boundaries = boundaries;
        this.jdbi = jdbi;
        this.audit = audit;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/reports/situation", Permission.EXPORT, "Situation report: choose theme, period and place", this::form);
        router.get("/reports/situation.docx", Permission.EXPORT, "Situation report as Word (DOCX)", ctx -> download(ctx, "docx"));
        router.get("/reports/situation.pdf", Permission.EXPORT, "Situation report as PDF", ctx -> download(ctx, "pdf"));
    }

    private void form(Context ctx) {
        String language = Templates.language(ctx);
        Facets facets = Facets.of(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("facets", facets);
        model.put("options", dashboards.options(language, facets.place()));
        model.put("query", facets.query());
        templates.render(ctx, "report/situation.jte", model);
    }

    private void download(Context ctx, String format) {
        User user = CurrentUser.of(ctx);
        String language = reportLanguage(ctx);
        Messages messages = Messages.of(language);
        Facets facets = Facets.of(ctx);
        FilterOptions options = dashboards.options(language, facets.place());
        String theme = facets.actType().flatMap(code -> label(options.actTypes(), code)).orElse(messages.t("report.theme.all"));
        String place = facets.place().map(UUID::toString).flatMap(id -> label(options.provinces(), id)
                .or(() -> label(options.counties(), id))).orElse(messages.t("report.place.all"));
        DashboardResult result = dashboards.forPublication(facets, language);
        List<UUID> publishable = dashboards.publishableActs(facets);
        List<ActSummary> cases = summaries.forPublication(publishable.subList(0, Math.min(SituationReport.MAX_CASES,
                publishable.size())), language);
        Publication publication = new SituationReport(language, dashboards.gate().threshold())
                .write(new ReportRequest(facets, theme, place), result, boundaries.all(), cases);
        byte[] bytes = format.equals("pdf") ? new PdfRenderer().render(publication) : new DocxRenderer().render(publication);
        Map<String, Object> detail = new HashMap<>(facets.params());
        detail.put("format", format);
        detail.put("language", language);
        detail.put("cases", cases.size());
        jdbi.useTransaction(handle -> audit.record(handle, user.actor(), "report.situation", detail));
        ctx.header("Content-Disposition", "attachment; filename=\"kirok-situation-report-" + language + "." + format + "\"");
        ctx.contentType(format.equals("pdf") ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        ctx.result(bytes);
    }

    private static String reportLanguage(Context ctx) {
        String asked = ctx.queryParam("language");
        return asked != null && Messages.LANGUAGES.contains(asked) ? asked : Templates.language(ctx);
    }

    private static java.util.Optional<String> label(List<FilterOptions.Option> options, String value) {
        return options.stream().filter(o -> o.value().equals(value)).map(FilterOptions.Option::label).findFirst();
    }
}
