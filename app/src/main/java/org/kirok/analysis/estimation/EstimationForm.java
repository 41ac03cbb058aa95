package org.kirok.analysis.estimation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.engine.estimate.LcmcrSettings;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.web.FormValues;
import org.kirok.web.JsonBody;

/**
 * The estimate form and its API twin: what the analyst may choose (the organisations that own sources they may
 * see, the kinds of source, the act types) and the request their answers make.
 */
final class EstimationForm {
    private EstimationForm() {
    }

    static FormOptions options(Handle handle, User user, AccessPolicy access) {
        List<FormOptions.Option> lists = new java.util.ArrayList<>(handle.createQuery("""
                SELECT DISTINCT o.id, coalesce(o.abbreviation, o.name_en) || ' — ' || o.name_en,
                       coalesce(o.name_ko, o.name_en)
                FROM source s JOIN organisation o ON o.id = s.organisation_id
                WHERE """ + " " + access.visibleSql(user, "s") + " ORDER BY 2")
                .map((rs, ctx) -> new FormOptions.Option("org:" + rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))).list());
        lists.add(new FormOptions.Option("kind:testimony", "Testimonies (any organisation)", "증언 (모든 기관)"));
        lists.add(new FormOptions.Option("kind:document", "Documents (any organisation)", "문서 (모든 기관)"));
        lists.add(new FormOptions.Option("kind:media", "Media (any organisation)", "미디어 (모든 기관)"));
        List<FormOptions.Option> types = handle.createQuery("""
                SELECT code, label_en, label_ko FROM vocab_term WHERE vocabulary = 'act_type' AND active ORDER BY sort_order""")
                .map((rs, ctx) -> new FormOptions.Option(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        return new FormOptions(lists, types);
    }

    static EstimationRequest request(FormValues values) {
        Population population = new Population(values.list("act_types"), values.id("place"), values.integer("from"),
                values.integer("to"));
        Strata strata = new Strata(values.integer("period_years"), values.checked("by_province"), values.checked("by_act_type"));
        Parameters parameters = new Parameters(Parameters.method(values.text("method").orElse("lcmcr")),
                Parameters.criterion(values.text("criterion").orElse("aic")),
                values.text("seed").map(text -> seed(text)).orElse(LcmcrSettings.DEFAULT_SEED),
                values.integer("iterations").orElse(LcmcrSettings.DEFAULT_ITERATIONS),
                values.integer("chains").orElse(LcmcrSettings.DEFAULT_CHAINS));
        return new EstimationRequest(values.get("title"), values.list("lists").stream().map(ListDefinition::parse).toList(),
                population, strata, parameters);
    }

    static EstimationRequest request(JsonBody body) {
        Optional<JsonBody> strataBody = body.object("strata");
        Population population = new Population(body.texts("act_types"), body.id("place"), body.integer("from"),
                body.integer("to"));
        Strata strata = strataBody.map(s -> new Strata(s.integer("period_years"), s.bool("province").orElse(false),
                s.bool("act_type").orElse(false))).orElse(Strata.NONE);
        Parameters parameters = new Parameters(Parameters.method(body.text("method").orElse("lcmcr")),
                Parameters.criterion(body.text("criterion").orElse("aic")),
                body.integer("seed").map(Integer::longValue).orElse(LcmcrSettings.DEFAULT_SEED),
                body.integer("iterations").orElse(LcmcrSettings.DEFAULT_ITERATIONS),
                body.integer("chains").orElse(LcmcrSettings.DEFAULT_CHAINS));
        return new EstimationRequest(body.text("title").orElse(""), body.texts("lists").stream().map(ListDefinition::parse)
                .toList(), population, strata, parameters);
    }

    private static long seed(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new org.kirok.store.InvalidInputException("seed", "the seed must be a whole number (got '" + text + "')");
        }
    }
}
