package org.kirok.analysis.estimation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.kirok.engine.estimate.CandidateModel;
import org.kirok.engine.estimate.Estimate;
import org.kirok.engine.estimate.EstimateDetails;
import org.kirok.engine.estimate.GoodnessOfFit;
import org.kirok.engine.estimate.Interval;
import org.kirok.engine.estimate.PosteriorSummary;

/** Engine estimates to saved results and back: JSON of plain numbers and texts, read without the engine. */
final class MethodResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MethodResults() {
    }

    static MethodResult of(String key, Estimate estimate) {
        List<MethodResult.ModelRow> compared = new ArrayList<>();
        Optional<MethodResult.Posterior> posterior = Optional.empty();
        List<MethodResult.StratumResult> strata = new ArrayList<>();
        switch (estimate.details()) {
            case EstimateDetails.LogLinear logLinear -> {
                for (CandidateModel candidate : logLinear.compared()) {
                    GoodnessOfFit fit = candidate.fit();
                    compared.add(new MethodResult.ModelRow(candidate.model().describe(estimate.lists()), candidate.estimate(),
                            candidate.standardError(), fit.deviance(), fit.degreesOfFreedom(), fit.aic(), fit.bic()));
                }
            }
            case EstimateDetails.Lcmcr lcmcr -> {
                PosteriorSummary summary = lcmcr.posterior();
                posterior = Optional.of(new MethodResult.Posterior(summary.draws(), summary.median(), summary.mean(),
                        summary.standardDeviation(), summary.low(), summary.high(), summary.effectiveSampleSize(),
                        summary.splitRhat()));
            }
            case EstimateDetails.Stratified stratified -> {
                for (Map.Entry<String, Estimate> stratum : stratified.strata().entrySet()) {
                    Estimate part = stratum.getValue();
                    strata.add(new MethodResult.StratumResult(stratum.getKey(), part.observed(), boxed(part.value()),
                            part.primaryInterval().map(MethodResults::interval), part.warnings()));
                }
            }
            case EstimateDetails.Chapman chapman -> {
                // its counts are the capture table's, saved with the inputs
            }
        }
        return new MethodResult(key, estimate.method().label(), boxed(estimate.value()), boxed(estimate.standardError()),
                estimate.intervals().stream().map(MethodResults::interval).toList(),
                estimate.fit().map(fit -> new MethodResult.Fit(fit.deviance(), fit.degreesOfFreedom(), fit.pValue(),
                        fit.aic(), fit.bic())),
                estimate.model(), estimate.warnings(), estimate.caveats(), compared, posterior, strata, Optional.empty());
    }

    private static MethodResult.IntervalView interval(Interval interval) {
        return new MethodResult.IntervalView(interval.kind().name().toLowerCase(java.util.Locale.ROOT), interval.level(),
                interval.low(), interval.bounded() ? Optional.of(interval.high()) : Optional.empty());
    }

    private static Optional<Double> boxed(OptionalDouble value) {
        return value.isPresent() && Double.isFinite(value.getAsDouble()) ? Optional.of(value.getAsDouble()) : Optional.empty();
    }

    static String toJson(List<MethodResult> results) {
        ArrayNode array = JSON.createArrayNode();
        results.forEach(result -> array.add(node(result)));
        return array.toString();
    }

    private static ObjectNode node(MethodResult result) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", result.key());
        node.put("method", result.method());
        put(node, "estimate", result.estimate());
        put(node, "stderr", result.standardError());
        ArrayNode intervals = node.putArray("intervals");
        result.intervals().forEach(interval -> intervals.add(interval(interval)));
        result.fit().ifPresent(fit -> node.putObject("fit").put("deviance", fit.deviance()).put("df", fit.degreesOfFreedom())
                .put("p", fit.pValue()).put("aic", fit.aic()).put("bic", fit.bic()));
        node.put("model", result.model());
        ArrayNode warnings = node.putArray("warnings");
        result.warnings().forEach(warnings::add);
        ArrayNode caveats = node.putArray("caveats");
        result.caveats().forEach(caveats::add);
        ArrayNode compared = node.putArray("compared");
        result.compared().forEach(row -> compared.addObject().put("model", row.model()).put("estimate", row.estimate())
                .put("stderr", row.standardError()).put("deviance", row.deviance()).put("df", row.degreesOfFreedom())
                .put("aic", row.aic()).put("bic", row.bic()));
        result.posterior().ifPresent(p -> node.putObject("posterior").put("draws", p.draws()).put("median", p.median())
                .put("mean", p.mean()).put("sd", p.standardDeviation()).put("low", p.low()).put("high", p.high())
                .put("ess", p.effectiveSampleSize()).put("rhat", p.splitRhat()));
        ArrayNode strata = node.putArray("strata");
        for (MethodResult.StratumResult stratum : result.strata()) {
            ObjectNode s = strata.addObject().put("stratum", stratum.stratum()).put("observed", stratum.observed());
            put(s, "estimate", stratum.estimate());
            stratum.interval().ifPresent(interval -> s.set("interval", interval(interval)));
            ArrayNode stratumWarnings = s.putArray("warnings");
            stratum.warnings().forEach(stratumWarnings::add);
        }
        result.failure().ifPresent(failure -> node.put("failure", failure));
        return node;
    }

    private static ObjectNode interval(MethodResult.IntervalView interval) {
        ObjectNode node = JSON.createObjectNode().put("kind", interval.kind()).put("level", interval.level())
                .put("low", interval.low());
        put(node, "high", interval.high());
        return node;
    }

    private static void put(ObjectNode node, String field, Optional<Double> value) {
        if (value.isPresent()) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }

    static List<MethodResult> fromJson(String json) {
        try {
            List<MethodResult> results = new ArrayList<>();
            for (JsonNode node : JSON.readTree(json)) {
                results.add(read(node));
            }
            return results;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("saved estimation outputs are not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static MethodResult read(JsonNode node) {
        List<MethodResult.IntervalView> intervals = new ArrayList<>();
        node.path("intervals").forEach(interval -> intervals.add(readInterval(interval)));
        Optional<MethodResult.Fit> fit = node.has("fit") ? Optional.of(new MethodResult.Fit(node.path("fit").path("deviance").asDouble(),
                node.path("fit").path("df").asInt(), node.path("fit").path("p").asDouble(), node.path("fit").path("aic").asDouble(),
                node.path("fit").path("bic").asDouble())) : Optional.empty();
        List<MethodResult.ModelRow> compared = new ArrayList<>();
        node.path("compared").forEach(row -> compared.add(new MethodResult.ModelRow(row.path("model").asText(),
                row.path("estimate").asDouble(), row.path("stderr").asDouble(), row.path("deviance").asDouble(),
                row.path("df").asInt(), row.path("aic").asDouble(), row.path("bic").asDouble())));
        JsonNode p = node.path("posterior");
        Optional<MethodResult.Posterior> posterior = p.isObject() ? Optional.of(new MethodResult.Posterior(p.path("draws").asInt(),
                p.path("median").asDouble(), p.path("mean").asDouble(), p.path("sd").asDouble(), p.path("low").asDouble(),
                p.path("high").asDouble(), p.path("ess").asDouble(), p.path("rhat").asDouble())) : Optional.empty();
        List<MethodResult.StratumResult> strata = new ArrayList<>();
        node.path("strata").forEach(s -> strata.add(new MethodResult.StratumResult(s.path("stratum").asText(),
                s.path("observed").asLong(), number(s, "estimate"),
                s.has("interval") ? Optional.of(readInterval(s.path("interval"))) : Optional.empty(), texts(s, "warnings"))));
        return new MethodResult(node.path("key").asText(), node.path("method").asText(), number(node, "estimate"),
                number(node, "stderr"), intervals, fit, node.path("model").asText(), texts(node, "warnings"),
                texts(node, "caveats"), compared, posterior, strata,
                node.hasNonNull("failure") ? Optional.of(node.path("failure").asText()) : Optional.empty());
    }

    private static MethodResult.IntervalView readInterval(JsonNode node) {
        return new MethodResult.IntervalView(node.path("kind").asText(), node.path("level").asDouble(),
                node.path("low").asDouble(), number(node, "high"));
    }

    private static Optional<Double> number(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.path(field).asDouble()) : Optional.empty();
    }

    private static List<String> texts(JsonNode node, String field) {
        List<String> texts = new ArrayList<>();
        node.path(field).forEach(text -> texts.add(text.asText()));
        return texts;
    }
}
