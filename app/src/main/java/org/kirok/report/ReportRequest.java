package org.kirok.report;

import java.util.Optional;
import org.kirok.dashboard.Facets;
import org.kirok.web.Messages;

/** What a situation report covers: the dashboard's facets (theme = act type, period, place …) and their labels. */
record ReportRequest(Facets facets, String themeLabel, String placeLabel) {

    String periodText(Messages messages) {
        Optional<Integer> from = facets.yearFrom();
        Optional<Integer> to = facets.yearTo();
        if (from.isEmpty() && to.isEmpty()) {
            return messages.t("report.period.all");
        }
        return from.map(String::valueOf).orElse("…") + "–" + to.map(String::valueOf).orElse("");
    }

    String title(Messages messages) {
        return messages.t("report.title", themeLabel, placeLabel, periodText(messages));
    }
}
