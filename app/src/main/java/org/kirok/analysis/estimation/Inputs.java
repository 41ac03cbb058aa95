package org.kirok.analysis.estimation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kirok.analysis.EngineVersion;
import org.kirok.engine.estimate.LcmcrSettings;

/**
 * The saved inputs and parameters of an estimate as JSON, written when it is asked for and read to show it, to
 * compute it again from the same table, or to rebuild the table from today's records with the same definitions.
 */
final class Inputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What was saved: the request as asked, the place's names, and the table built from the records. */
    record Saved(EstimationRequest request, Optional<String> placeNameEn, Optional<String> placeNameKo, CaptureData data) {
    }

    private Inputs() {
    }

    static String inputsJson(EstimationRequest request, Optional<String[]> placeNames, CaptureData data) {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode lists = node.putArray("lists");
        data.lists().forEach(list -> lists.addObject().put("code", list.code()).put("name_en", list.nameEn())
                .put("name_ko", list.nameKo()));
        ObjectNode population = node.putObject("population");
        ArrayNode types = population.putArray("act_types");
        request.population().actTypes().forEach(types::add);
        population.put("place", request.population().place().map(UUID::toString).orElse(null));
        placeNames.ifPresent(names -> population.put("place_name_en", names[0]).put("place_name_ko", names[1]));
        population.put("from", request.population().fromYear().orElse(null));
        population.put("to", request.population().toYear().orElse(null));
        ObjectNode strata = node.putObject("strata");
        strata.put("period_years", request.strata().periodYears().orElse(null));
        strata.put("province", request.strata().province());
        strata.put("act_type", request.strata().actType());
        ArrayNode capture = node.putArray("capture");
        for (CaptureData.Stratum stratum : data.strata()) {
            ArrayNode counts = capture.addObject().put("name_en", stratum.nameEn()).put("name_ko", stratum.nameKo())
                    .putArray("counts");
            for (long count : stratum.counts()) {
                counts.add(count);
            }
        }
        CaptureData.Notes notes = data.notes();
        node.putObject("notes").put("acts", notes.acts()).put("undated_left_out", notes.undatedLeftOut())
                .put("records", notes.records()).put("individuals", notes.individuals()).put("off_lists", notes.offLists())
                .put("judgment_seq", notes.judgmentSeq());
        return node.toString();
    }

    static String parametersJson(Parameters parameters) {
        LcmcrSettings lcmcr = parameters.lcmcr();
        ObjectNode node = JSON.createObjectNode();
        node.put("primary", parameters.primary().label());
        node.put("criterion", parameters.criterion().name().toLowerCase(java.util.Locale.ROOT));
        node.put("seed", parameters.seed());
        node.put("iterations", parameters.iterations());
        node.put("chains", parameters.chains());
        node.put("burn_in", lcmcr.burnIn());
        node.put("max_classes", lcmcr.maxClasses());
        node.put("alpha_shape", lcmcr.alphaShape());
        node.put("alpha_rate", lcmcr.alphaRate());
        node.put("level", lcmcr.level());
        node.put("engine", EngineVersion.current());
        return node.toString();
    }

    static Saved read(String title, String inputs) {
        JsonNode node = tree(inputs);
        List<CaptureData.ListLabel> labels = new ArrayList<>();
        List<ListDefinition> lists = new ArrayList<>();
        node.path("lists").forEach(list -> {
            labels.add(new CaptureData.ListLabel(list.path("code").asText(), list.path("name_en").asText(),
                    list.path("name_ko").asText()));
            lists.add(ListDefinition.parse(list.path("code").asText()));
        });
        JsonNode p = node.path("population");
        List<String> types = new ArrayList<>();
        p.path("act_types").forEach(type -> types.add(type.asText()));
        Population population = new Population(types, text(p, "place").map(UUID::fromString), integer(p, "from"),
                integer(p, "to"));
        JsonNode s = node.path("strata");
        Strata strata = new Strata(integer(s, "period_years"), s.path("province").asBoolean(), s.path("act_type").asBoolean());
        List<CaptureData.Stratum> capture = new ArrayList<>();
        node.path("capture").forEach(stratum -> {
            long[] counts = new long[stratum.path("counts").size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = stratum.path("counts").get(i).asLong();
            }
            capture.add(new CaptureData.Stratum(stratum.path("name_en").asText(), stratum.path("name_ko").asText(), counts));
        });
        JsonNode n = node.path("notes");
        CaptureData data = new CaptureData(labels, capture, new CaptureData.Notes(n.path("acts").asLong(),
                n.path("undated_left_out").asLong(), n.path("records").asLong(), n.path("individuals").asLong(),
                n.path("off_lists").asLong(), n.path("judgment_seq").asLong()));
        return new Saved(new EstimationRequest(title, lists, population, strata, Parameters.DEFAULTS),
                text(p, "place_name_en"), text(p, "place_name_ko"), data);
    }

    static Parameters readParameters(String parameters) {
        JsonNode node = tree(parameters);
        return new Parameters(Parameters.method(node.path("primary").asText()), Parameters.criterion(node.path("criterion").asText()),
                node.path("seed").asLong(), node.path("iterations").asInt(), node.path("chains").asInt());
    }

    static String engine(String parameters) {
        return tree(parameters).path("engine").asText("unknown");
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("saved estimation inputs are not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.path(field).asText()) : Optional.empty();
    }

    private static Optional<Integer> integer(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.path(field).asInt()) : Optional.empty();
    }
}
