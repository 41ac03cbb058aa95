package org.kirok.analysis.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.analysis.Jobs;
import org.kirok.analysis.Ownership;
import org.kirok.audit.AuditLog;
import org.kirok.engine.linkage.Gazetteer;
import org.kirok.engine.linkage.PersonLinkage;
import org.kirok.person.PersonService;
import org.kirok.person.PersonView;
import org.kirok.security.AccessPolicy;
import org.kirok.security.RecordKind;
import org.kirok.security.User;
import org.kirok.store.ConflictException;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.Subject;
import org.kirok.web.Forbidden;

/**
 * Linkage of the persons in the database: runs in the background, the review queue, judgments (append-only,
 * audited one by one) and the entities they make. People override the model: their "same" joins and their
 * "different" splits whatever a run proposed; un-merging is retracting. Source records are never touched.
 * Thread-safe.
 */
public final class LinkageService {
    static final String JUDGMENT_TABLE = "linkage_judgment";
    static final int REASON_MAX = 1_000;
    /** A component of linked records larger than this is cut off when shown (a sign of a wrong run). */
    static final int COMPONENT_LIMIT = 5_000;

    private final Jdbi jdbi;
    private final IdentityVault vault;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final PersonService persons;
    private final Jobs jobs;
    private final LinkageRunStore runs = new LinkageRunStore();
    private final JudgmentStore judgments = new JudgmentStore();
    private final LinkageJob job;

    public LinkageService(Jdbi jdbi, IdentityVault vault, AuditLog audit, AccessPolicy access, PersonService persons,
                          Jobs jobs) {
        this.jdbi = jdbi;
        this.vault = vault;
        this.audit = audit;
        this.access = access;
        this.persons = persons;
        this.jobs = jobs;
        this.job = new LinkageJob(jdbi, persons, audit, runs, judgments);
    }

    /** Starts a run over every person the user may see, in the background; 409 while another analysis runs. */
    public UUID start(User user, RunSettings settings) {
        requireIdentityAccess(user);
        return jobs.submit("linkage", () -> jdbi.inTransaction(handle -> {
            runs.markInterrupted(handle);
            long visible = handle.createQuery("SELECT count(*) FROM person p WHERE p.erased_at IS NULL AND "
                    + access.visibleSql(user, "p")).mapTo(Long.class).one();
            if (visible < 2) {
                throw new InvalidInputException("persons", "linkage needs at least two person records you may see; there are "
                        + visible);
            }
            UUID id = UUID.randomUUID();
            String described = LinkageJob.settingsNode(settings, PersonLinkage.settings(Gazetteer.EMPTY, settings.threshold()))
                    .toString();
            runs.insert(handle, id, settings, described, user.organisationId(), user.id());
            audit.record(handle, user.actor(), "linkage.run.started", "linkage_run", id, Map.of(
                    "threshold", settings.threshold(), "review_low", settings.reviewLow(), "review_high", settings.reviewHigh()));
            return id;
        }), (id, progress) -> job.run(id, user, settings, progress));
    }

    public List<LinkageRun> runs(User user) {
        var live = jobs.runningBeforeReading();
        return jdbi.withHandle(handle -> runs.list(handle, Ownership.visibleSql(user, "r"), 50)).stream()
                .map(run -> withLiveStatus(run, live)).toList();
    }

    public LinkageRun run(User user, UUID id) {
        var live = jobs.runningBeforeReading();
        return jdbi.withHandle(handle -> runs.find(handle, id, Ownership.visibleSql(user, "r")))
                .map(run -> withLiveStatus(run, live)).orElseThrow(() -> new NotFoundException("linkage run"));
    }

    public Optional<LinkageRun> latest(User user) {
        return jdbi.withHandle(handle -> runs.latestDone(handle, Ownership.visibleSql(user, "r")));
    }

    /** A run saved as running that is not running here was cut short by a stop of the server. */
    private static LinkageRun withLiveStatus(LinkageRun run, java.util.function.Predicate<UUID> live) {
        if (run.running() && !live.test(run.id())) {
            return new LinkageRun(run.id(), "interrupted", run.settings(), run.settingsJson(), run.counts(), run.error(),
                    run.startedBy(), run.startedAt(), run.finishedAt());
        }
        return run;
    }

    /** Undecided pairs of a run (the latest finished one by default) in its review band that the user may see. */
    public QueuePage queue(User user, Optional<UUID> runId, int offset, int limit) {
        requireIdentityAccess(user);
        Optional<LinkageRun> run = runId.isPresent() ? Optional.of(run(user, runId.get())) : latest(user);
        if (run.isEmpty() || !run.get().done()) {
            return new QueuePage(run, List.of(), 0);
        }
        String left = access.visibleSql(user, "pl", RecordKind.PERSONS);
        String right = access.visibleSql(user, "pr", RecordKind.PERSONS);
        List<LinkageRunStore.PairRow> rows = jdbi.withHandle(handle -> runs.queue(handle, run.get(), left, right, offset, limit));
        long waiting = jdbi.withHandle(handle -> runs.queueSize(handle, run.get(), left, right));
        return new QueuePage(run, rows.stream().map(row -> review(user, row)).toList(), waiting);
    }

    /** The queue's pairs of a run without the records: ids and explanations only (for the API). */
    List<LinkageRunStore.PairRow> queueRows(User user, UUID runId, int offset, int limit) {
        LinkageRun run = run(user, runId);
        if (!run.done()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> runs.queue(handle, run, access.visibleSql(user, "pl", RecordKind.PERSONS),
                access.visibleSql(user, "pr", RecordKind.PERSONS), offset, limit));
    }

    /** Scored pairs of a run from a minimum probability, strongest first, both records visible to the user. */
    List<LinkageRunStore.PairRow> pairs(User user, UUID runId, double minimum, int offset, int limit) {
        LinkageRun run = run(user, runId);
        return jdbi.withHandle(handle -> runs.pairs(handle, run.id(), minimum, access.visibleSql(user, "pl", RecordKind.PERSONS),
                access.visibleSql(user, "pr", RecordKind.PERSONS), offset, limit));
    }

    private ReviewPair review(User user, LinkageRunStore.PairRow row) {
        PersonView left = persons.view(user, row.pair().left());
        PersonView right = persons.view(user, row.pair().right());
        Optional<Judgment> current = jdbi.withHandle(handle -> judgments.current(handle, row.pair()))
                .map(found -> readable(user, List.of(found)).get(0));
        return new ReviewPair(row.runId(), row.pair(), row.explained(), row.sameCluster(), left, right, current);
    }

    /** A person's same / different / unsure about two records they may both see; overrides whatever a run inferred. */
    public Judgment judge(User user, PersonPair pair, Decision decision, Optional<String> reason, Optional<UUID> runId) {
        requireIdentityAccess(user);
        Optional<String> why = reason(reason);
        return jdbi.inTransaction(handle -> {
            requireVisible(handle, user, pair);
            runId.ifPresent(id -> runs.find(handle, id, Ownership.visibleSql(user, "r"))
                    .orElseThrow(() -> new NotFoundException("linkage run")));
            judgments.lock(handle);
            UUID id = UUID.randomUUID();
            judgments.insert(handle, List.of(new JudgmentStore.NewRow(id, pair, decision, JudgmentStatus.ASSERTED,
                    Optional.empty(), runId, Optional.empty(), Optional.of(user.id()), encrypt(handle, id, why))));
            audit.record(handle, user.actor(), "linkage.judgment.asserted", JUDGMENT_TABLE, id, Map.of(
                    "left", pair.left(), "right", pair.right(), "decision", decision.code(), "reason", why.isPresent()));
            return readable(handle, user, List.of(judgments.find(handle, id).orElseThrow())).get(0);
        });
    }

    /** Withdraws the current judgment of a pair — a person's or a run's — with a new row; 409 if superseded. */
    public Judgment retract(User user, UUID judgmentId, Optional<String> reason) {
        requireIdentityAccess(user);
        Optional<String> why = reason(reason);
        return jdbi.inTransaction(handle -> {
            judgments.lock(handle);
            JudgmentStore.Row row = judgments.find(handle, judgmentId).orElseThrow(() -> new NotFoundException("judgment"));
            requireVisible(handle, user, row.judgment().pair());
            if (row.judgment().status() == JudgmentStatus.RETRACTED) {
                throw new ConflictException("already_retracted", "This row is itself a retraction; judge the pair anew instead.");
            }
            JudgmentStore.Row current = judgments.current(handle, row.judgment().pair()).orElseThrow();
            if (!current.judgment().id().equals(judgmentId)) {
                throw new ConflictException("superseded", "A later judgment of this pair replaced this one; retract that one.");
            }
            UUID id = retractRow(handle, user, row.judgment(), why);
            return readable(handle, user, List.of(judgments.find(handle, id).orElseThrow())).get(0);
        });
    }

    /**
     * Takes {@code other} out of the entity of {@code person}: retracts every current link between {@code other}
     * and the records of that entity the user may see. Returns how many links were retracted and whether
     * {@code other} is still joined (through records the user may not see).
     */
    public Unmerge unmerge(User user, UUID person, UUID other, Optional<String> reason) {
        requireIdentityAccess(user);
        Optional<String> why = reason(reason);
        return jdbi.inTransaction(handle -> {
            requireVisible(handle, user, PersonPair.of(person, other));
            judgments.lock(handle);
            Component component = component(handle, person);
            if (!component.entities().entityOf(other).equals(component.entities().entityOf(person))) {
                throw new ConflictException("not_linked", "These two records are not the same person now; nothing to un-merge.");
            }
            int retracted = 0;
            for (Judgment link : component.current()) {
                boolean touchesOther = link.pair().contains(other) && link.links();
                if (touchesOther && persons.visible(handle, user, link.pair().other(other))) {
                    retractRow(handle, user, link, why);
                    retracted++;
                }
            }
            Entities after = component(handle, person).entities();
            boolean stillJoined = after.entityOf(other).equals(after.entityOf(person));
            return new Unmerge(retracted, stillJoined);
        });
    }

    /** What an un-merge did. */
    public record Unmerge(int retracted, boolean stillJoined) {
    }

    private UUID retractRow(Handle handle, User user, Judgment withdrawn, Optional<String> why) {
        UUID id = UUID.randomUUID();
        judgments.insert(handle, List.of(new JudgmentStore.NewRow(id, withdrawn.pair(), withdrawn.decision(),
                JudgmentStatus.RETRACTED, Optional.of(withdrawn.id()), withdrawn.runId(), withdrawn.probability(),
                Optional.of(user.id()), encrypt(handle, id, why))));
        audit.record(handle, user.actor(), "linkage.judgment.retracted", JUDGMENT_TABLE, id, Map.of(
                "left", withdrawn.pair().left(), "right", withdrawn.pair().right(), "retracts", withdrawn.id(),
                "was", withdrawn.status().code() + " " + withdrawn.decision().code(), "reason", why.isPresent()));
        return id;
    }

    /** The entity of a record as the user may see it: its other records, joined by judgments (theirs or a run's). */
    public EntityView entity(User user, UUID person) {
        return jdbi.inTransaction(handle -> {
            if (!persons.visible(handle, user, person)) {
                throw new NotFoundException("person");
            }
            Component component = component(handle, person);
            List<UUID> others = new ArrayList<>();
            for (UUID member : component.entities().membersWith(person)) {
                if (!member.equals(person) && persons.visible(handle, user, member)) {
                    others.add(member);
                }
            }
            Map<UUID, String> labels = persons.labels(handle, user, others);
            List<Judgment> readable = readable(handle, user, List.copyOf(component.rows().values()));
            Map<PersonPair, Judgment> byPair = new HashMap<>();
            readable.forEach(judgment -> byPair.put(judgment.pair(), judgment));
            List<EntityView.Member> members = others.stream().map(other -> new EntityView.Member(other,
                    PersonView.codeOf(other), labels.get(other),
                    Optional.ofNullable(byPair.get(PersonPair.of(person, other))).filter(Judgment::links))).toList();
            List<Judgment> conflicts = component.entities().conflicts().stream()
                    .filter(conflict -> persons.visible(handle, user, conflict.pair().left())
                            && persons.visible(handle, user, conflict.pair().right())).toList();
            return new EntityView(person, members, conflicts);
        });
    }

    /** Every row about a pair of records the user may both see, oldest first. */
    public List<Judgment> history(User user, PersonPair pair) {
        return jdbi.inTransaction(handle -> {
            requireVisible(handle, user, pair);
            return readable(handle, user, judgments.history(handle, pair));
        });
    }

    /** The newest rows of the log whose two records the user may see, optionally about one person. */
    public List<Judgment> recent(User user, Optional<UUID> person, int offset, int limit) {
        return jdbi.inTransaction(handle -> {
            person.ifPresent(id -> {
                if (!persons.visible(handle, user, id)) {
                    throw new NotFoundException("person");
                }
            });
            List<JudgmentStore.Row> rows = judgments.recent(handle, person, access.visibleSql(user, "pl", RecordKind.PERSONS),
                    access.visibleSql(user, "pr", RecordKind.PERSONS), offset, limit);
            return readable(handle, user, rows);
        });
    }

    /**
     * The entities of all records now, from every current judgment, for counting individuals (estimation). A record
     * linked to nothing is its own entity.
     */
    public Entities entities(Handle handle) {
        return Entities.resolve(judgments.currentAll(handle).stream().map(JudgmentStore.Row::judgment).toList());
    }

    /** The current judgments of the records linked to a person, and the entities they make. */
    private record Component(Map<UUID, JudgmentStore.Row> rows, Entities entities) {
        List<Judgment> current() {
            return rows.values().stream().map(JudgmentStore.Row::judgment).toList();
        }
    }

    private Component component(Handle handle, UUID person) {
        Set<UUID> seen = new HashSet<>(Set.of(person));
        Set<UUID> frontier = Set.of(person);
        Map<UUID, JudgmentStore.Row> current = new LinkedHashMap<>();
        while (!frontier.isEmpty() && seen.size() < COMPONENT_LIMIT) {
            Set<UUID> next = new HashSet<>();
            for (JudgmentStore.Row row : judgments.currentTouching(handle, frontier)) {
                current.put(row.judgment().id(), row);
                if (row.judgment().links()) {
                    for (UUID linked : List.of(row.judgment().pair().left(), row.judgment().pair().right())) {
                        if (seen.add(linked)) {
                            next.add(linked);
                        }
                    }
                }
            }
            frontier = next;
        }
        return new Component(current, Entities.resolve(current.values().stream().map(JudgmentStore.Row::judgment).toList()));
    }

    private List<Judgment> readable(User user, List<JudgmentStore.Row> rows) {
        return jdbi.withHandle(handle -> readable(handle, user, rows));
    }

    /** Rows with the decider's reason decrypted for readers with identity access; without it for everyone else. */
    private List<Judgment> readable(Handle handle, User user, List<JudgmentStore.Row> rows) {
        boolean identity = access.canReadIdentity(user);
        List<UUID> withReason = rows.stream().filter(row -> identity && row.reasonEnc() != null)
                .map(row -> row.judgment().id()).toList();
        var keys = withReason.isEmpty() ? Map.<UUID, org.kirok.vault.SubjectKey>of() : vault.keys(handle, JUDGMENT_TABLE, withReason);
        return rows.stream().map(row -> {
            Judgment j = row.judgment();
            Optional<String> reason = Optional.ofNullable(keys.get(j.id())).map(key -> key.decrypt("reason", row.reasonEnc()));
            return new Judgment(j.id(), j.seq(), j.pair(), j.decision(), j.status(), j.retracts(), j.runId(),
                    j.probability(), j.decidedBy(), j.decidedByName(), reason, j.decidedAt());
        }).toList();
    }

    private Optional<byte[]> encrypt(Handle handle, UUID judgmentId, Optional<String> reason) {
        return reason.map(text -> vault.create(handle, new Subject(JUDGMENT_TABLE, judgmentId)).encrypt("reason", text));
    }

    private static Optional<String> reason(Optional<String> reason) {
        Optional<String> why = reason.map(String::strip).filter(text -> !text.isEmpty());
        if (why.isPresent() && why.get().length() > REASON_MAX) {
            throw new InvalidInputException("reason", "the reason is at most " + REASON_MAX + " characters long");
        }
        if (why.isPresent() && why.get().chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidInputException("reason", "the reason must not contain control characters");
        }
        return why;
    }

    private void requireVisible(Handle handle, User user, PersonPair pair) {
        if (!persons.visible(handle, user, pair.left()) || !persons.visible(handle, user, pair.right())) {
            throw new NotFoundException("person");
        }
    }

    private void requireIdentityAccess(User user) {
        if (!access.canReadIdentity(user)) {
            throw new Forbidden("Linkage compares names: it needs identity access.");
        }
    }
}
