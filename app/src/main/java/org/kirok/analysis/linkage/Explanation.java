package org.kirok.analysis.linkage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.kirok.engine.linkage.PairExplanation;

/**
 * Why a pair of person records scored as it did, as saved with a run: the prior, then field by field the agreement
 * level reached and its weight in bits (log2 m/u) with the term-frequency adjustment — the engine's
 * {@link PairExplanation} without the compared values, which are names and must never be stored. The values are
 * shown beside it from the records themselves, to those who may read them.
 */
public record Explanation(double priorBits, List<Term> terms, double weight, double probability) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One comparison's part: its name, the level reached, the bits it adds and how much of that is term frequency. */
    public record Term(String comparison, String level, double bits, double termFrequencyBits) {
        /** The whole contribution of this field. */
        public double total() {
            return bits + termFrequencyBits;
        }
    }

    public Explanation {
        terms = List.copyOf(terms);
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must lie in 0..1, got " + probability);
        }
    }

    static Explanation of(PairExplanation pair) {
        return new Explanation(pair.priorBits(), pair.terms().stream()
                .map(term -> new Term(term.comparison(), term.level(), term.bits(), term.termFrequencyBits())).toList(),
                pair.weight(), pair.probability());
    }

    String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("prior", round(priorBits));
        ArrayNode array = node.putArray("terms");
        for (Term term : terms) {
            array.addObject().put("comparison", term.comparison()).put("level", term.level())
                    .put("bits", round(term.bits())).put("tf", round(term.termFrequencyBits()));
        }
        return node.toString();
    }

    static Explanation fromJson(String json, double weight, double probability) {
        try {
            JsonNode node = JSON.readTree(json);
            List<Term> terms = new ArrayList<>();
            for (JsonNode term : node.path("terms")) {
                terms.add(new Term(term.path("comparison").asText(), term.path("level").asText(),
                        term.path("bits").asDouble(), term.path("tf").asDouble()));
            }
            return new Explanation(node.path("prior").asDouble(), terms, weight, probability);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored pair explanation is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static double round(double bits) {
        return Math.round(bits * 1000) / 1000.0;
    }
}
