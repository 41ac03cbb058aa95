package org.kirok.analysis.linkage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Linkage runs, pairs and judgments as the API shows them: ids, scores and explanations, never a name. */
final class LinkageJson {
    private LinkageJson() {
    }

    static Map<String, Object> run(LinkageRun run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.id());
        json.put("status", run.status());
        json.put("threshold", run.settings().threshold());
        json.put("review_low", run.settings().reviewLow());
        json.put("review_high", run.settings().reviewHigh());
        json.put("counts", run.counts().map(c -> {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("persons", c.persons());
            counts.put("records", c.records());
            counts.put("candidate_pairs", c.candidatePairs());
            counts.put("linked_pairs", c.linkedPairs());
            counts.put("clusters", c.clusters());
            counts.put("stored_pairs", c.storedPairs());
            counts.put("inferred", c.inferred());
            counts.put("retracted", c.retracted());
            return counts;
        }).orElse(null));
        json.put("error", run.error().orElse(null));
        json.put("started_by", run.startedBy());
        json.put("started_at", run.startedAt());
        json.put("finished_at", run.finishedAt().orElse(null));
        json.put("settings", run.settingsJson());
        return json;
    }

    static Map<String, Object> pair(LinkageRunStore.PairRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("left", row.pair().left());
        json.put("right", row.pair().right());
        json.put("same_cluster", row.sameCluster());
        json.put("explanation", explanation(row.explained()));
        return json;
    }

    static Map<String, Object> explanation(Explanation explanation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("probability", explanation.probability());
        json.put("weight_bits", explanation.weight());
        json.put("prior_bits", explanation.priorBits());
        json.put("terms", explanation.terms().stream().map(term -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("comparison", term.comparison());
            t.put("level", term.level());
            t.put("bits", term.bits());
            t.put("term_frequency_bits", term.termFrequencyBits());
            return t;
        }).toList());
        return json;
    }

    static Map<String, Object> judgment(Judgment judgment) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", judgment.id());
        json.put("left", judgment.pair().left());
        json.put("right", judgment.pair().right());
        json.put("decision", judgment.decision().code());
        json.put("status", judgment.status().code());
        json.put("retracts", judgment.retracts().orElse(null));
        json.put("run_id", judgment.runId().orElse(null));
        json.put("probability", judgment.probability().orElse(null));
        json.put("decided_by", judgment.decidedByName().orElse(null));
        json.put("reason", judgment.reason().orElse(null));
        json.put("decided_at", judgment.decidedAt());
        return json;
    }

    static Map<String, Object> entity(EntityView entity) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("person", entity.person());
        json.put("others", entity.others().stream().map(member -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", member.id());
            m.put("code", member.code());
            m.put("judgment", member.direct().map(LinkageJson::judgment).orElse(null));
            return m;
        }).toList());
        json.put("conflicts", entity.conflicts().stream().map(LinkageJson::judgment).toList());
        return json;
    }

    static Map<String, Object> list(List<?> items, int page, int size) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("page", page);
        json.put("size", size);
        json.put("items", items);
        return json;
    }
}
