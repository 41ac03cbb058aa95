package org.kirok.estimate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.kirok.engine.estimate.Estimate;
import org.kirok.engine.estimate.EstimateDetails;
import org.kirok.engine.estimate.GoodnessOfFit;
import org.kirok.engine.estimate.Interval;

/**
 * The {@code --json} object, with exactly the fields evaluation scripts rely on: method, lists,
 * observed, estimate, stderr, ci_low, ci_high, ci_level, deviance, df, aic, bic, model, warnings.
 * Fields that do not apply are null, as is an upper bound the data leave open. A stratified run
 * adds a {@code strata} array of the same objects, each with its {@code stratum}.
 */
final class EstimateJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EstimateJson() {
    }

    static String render(Estimate estimate) {
        try {
            return MAPPER.writeValueAsString(toNode(estimate));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of plain values always serializes", impossible);
        }
    }

    static ObjectNode toNode(Estimate estimate) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("method", estimate.method().label());
        ArrayNode lists = node.putArray("lists");
        estimate.lists().forEach(lists::add);
        node.put("observed", estimate.observed());
        putOrNull(node, "estimate", boxed(estimate.value()));
        putOrNull(node, "stderr", boxed(estimate.standardError()));
        Optional<Interval> interval = estimate.primaryInterval();
        putOrNull(node, "ci_low", interval.map(Interval::low));
        putOrNull(node, "ci_high", interval.filter(Interval::bounded).map(Interval::high));
        putOrNull(node, "ci_level", interval.map(Interval::level));
        Optional<GoodnessOfFit> fit = estimate.fit();
        putOrNull(node, "deviance", fit.map(GoodnessOfFit::deviance));
        if (fit.isPresent()) {
            node.put("df", fit.get().degreesOfFreedom());
        } else {
            node.putNull("df");
        }
        putOrNull(node, "aic", fit.map(GoodnessOfFit::aic));
        putOrNull(node, "bic", fit.map(GoodnessOfFit::bic));
        node.put("model", estimate.model());
        ArrayNode warnings = node.putArray("warnings");
        estimate.warnings().forEach(warnings::add);
        if (estimate.details() instanceof EstimateDetails.Stratified stratified) {
            ArrayNode strata = node.putArray("strata");
            for (Map.Entry<String, Estimate> stratum : stratified.strata().entrySet()) {
                ObjectNode child = MAPPER.createObjectNode();
                child.put("stratum", stratum.getKey());
                child.setAll(toNode(stratum.getValue()));
                strata.add(child);
            }
        }
        return node;
    }

    private static Optional<Double> boxed(OptionalDouble value) {
        return value.isPresent() ? Optional.of(value.getAsDouble()) : Optional.empty();
    }

    private static void putOrNull(ObjectNode node, String field, Optional<Double> value) {
        if (value.isPresent() && Double.isFinite(value.get())) {
            node.put(field, value.get());
        } else {
            node.putNull(field);
        }
    }
}
