package org.kirok.analysis.linkage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.kirok.analysis.EngineVersion;
import org.kirok.analysis.JobProgress;
import org.kirok.analysis.Places;
import org.kirok.audit.AuditLog;
import org.kirok.engine.linkage.Linkage;
import org.kirok.engine.linkage.LinkageSettings;
import org.kirok.engine.linkage.Linker;
import org.kirok.engine.linkage.MatchModel;
import org.kirok.engine.linkage.PersonLinkage;
import org.kirok.person.PersonService;
import org.kirok.security.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One linkage run in the background: read the persons the user may see (names in memory only), link them with the
 * engine's person settings and the place table as gazetteer, then save in one transaction the pairs, the proposed
 * clusters, the inferred links and the run's counts and fitted model. Nothing it writes holds a name; a failure
 * is saved with the run and leaves no partial results.
 */
final class LinkageJob {
    private static final Logger log = LoggerFactory.getLogger(LinkageJob.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;
    private final PersonService persons;
    private final AuditLog audit;
    private final LinkageRunStore runs;
    private final JudgmentStore judgments;

    LinkageJob(Jdbi jdbi, PersonService persons, AuditLog audit, LinkageRunStore runs, JudgmentStore judgments) {
        this.jdbi = jdbi;
        this.persons = persons;
        this.audit = audit;
        this.runs = runs;
        this.judgments = judgments;
    }

    void run(UUID runId, User user, RunSettings settings, JobProgress progress) {
        try {
            Places places = jdbi.withHandle(Places::load);
            PersonMentions.Loaded loaded = PersonMentions.load(persons, user, places, progress);
            if (loaded.persons() < 2) {
                throw new IllegalStateException("fewer than two person records with names you may read ("
                        + loaded.persons() + "); nothing to link");
            }
            LinkageSettings engine = PersonLinkage.settings(places.gazetteer(), settings.threshold());
            Linkage linkage = Linker.link(loaded.records(), engine, progress);
            progress.stage("saving results", 0);
            PersonLevel.Result result = PersonLevel.of(loaded, linkage, settings.reviewLow());
            save(runId, user, settings, engine, loaded, linkage, result, progress);
        } catch (RuntimeException e) {
            // the message names ids, counts and settings, never a name: the engine is given none in its errors
            log.warn("linkage run {} failed: {}", runId, e.toString());
            String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            jdbi.useTransaction(handle -> {
                runs.fail(handle, runId, error);
                audit.record(handle, user.actor(), "linkage.run.failed", "linkage_run", runId, Map.of());
            });
        }
    }

    private void save(UUID runId, User user, RunSettings settings, LinkageSettings engine, PersonMentions.Loaded loaded,
                      Linkage linkage, PersonLevel.Result result, JobProgress progress) {
        jdbi.useTransaction(handle -> {
            judgments.lock(handle);
            runs.insertPairs(handle, runId, result.pairs());
            runs.insertClusters(handle, runId, result.clusterOf());
            Set<UUID> scope = result.clusterOf().keySet();
            List<Judgment> current = judgments.currentAll(handle).stream().map(JudgmentStore.Row::judgment).toList();
            InferredLinks.Changes changes = InferredLinks.between(runId, result.proposedLinks(), scope, current);
            judgments.insert(handle, changes.rows());
            var counts = linkage.counts();
            LinkageRun.Counts saved = new LinkageRun.Counts(loaded.persons(), loaded.records().size(),
                    counts.candidatePairs(), counts.linkedPairs(), (int) result.clusters(), result.pairs().size(),
                    changes.inferred(), changes.retracted());
            runs.finish(handle, runId, saved, settingsJson(settings, engine, linkage.model(), loaded, progress.timings()));
            audit.record(handle, user.actor(), "linkage.run.finished", "linkage_run", runId, Map.of(
                    "persons", saved.persons(), "pairs", saved.storedPairs(), "clusters", saved.clusters(),
                    "inferred", saved.inferred(), "retracted", saved.retracted()));
        });
    }

    /** The run's full configuration and fitted model, so that its scores can be understood and reproduced later. */
    static String settingsJson(RunSettings settings, LinkageSettings engine, MatchModel model, PersonMentions.Loaded loaded,
                               Map<String, Long> timings) {
        ObjectNode node = settingsNode(settings, engine);
        node.put("persons_skipped_without_readable_names", loaded.skipped());
        ObjectNode stages = node.putObject("milliseconds_by_stage");
        timings.forEach(stages::put);
        ObjectNode fitted = node.putObject("model");
        fitted.put("prior", model.prior());
        for (MatchModel.Parameters parameters : model.parameters()) {
            ObjectNode comparison = fitted.putObject(parameters.comparison());
            var m = comparison.putArray("m");
            var u = comparison.putArray("u");
            for (int level = 0; level < parameters.m().length; level++) {
                m.add(parameters.m(level));
                u.add(parameters.u(level));
            }
        }
        return node.toString();
    }

    static ObjectNode settingsNode(RunSettings settings, LinkageSettings engine) {
        ObjectNode node = JSON.createObjectNode();
        node.put("engine", EngineVersion.current());
        node.put("threshold", settings.threshold());
        node.put("review_low", settings.reviewLow());
        node.put("review_high", settings.reviewHigh());
        node.put("seed", engine.seed());
        node.put("em_iterations", engine.emIterations());
        node.put("u_sample_size", engine.uSampleSize());
        node.put("max_block_size", engine.maxBlockSize());
        var comparisons = node.putArray("comparisons");
        engine.comparisons().forEach(comparison -> comparisons.addObject().put("name", comparison.name())
                .put("kind", comparison.getClass().getSimpleName()).put("levels", String.join(" < ", comparison.levelLabels())));
        var rules = node.putArray("blocking_rules");
        engine.blockingRules().forEach(rule -> rules.add(rule.name()));
        return node;
    }
}
