-- Record linkage in the app, as analysis layers beside the source records, which it never rewrites or deletes
-- (HRDAG's rule): a run with its settings and counts; the pairs it scored with their field-by-field explanation
-- (levels and weights in bits, never the compared values); the clusters it proposed; and the judgments.

CREATE TABLE linkage_run (
    id               uuid PRIMARY KEY,
    status           text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    threshold        double precision NOT NULL CHECK (threshold > 0 AND threshold < 1),
    review_low       double precision NOT NULL,
    review_high      double precision NOT NULL,
    settings         text NOT NULL,
    persons          int,
    records          int,
    candidate_pairs  bigint,
    linked_pairs     bigint,
    clusters         int,
    stored_pairs     int,
    inferred         int,
    retracted        int,
    error            text,
    organisation_id  uuid REFERENCES organisation (id),
    started_by       uuid NOT NULL REFERENCES app_user (id),
    started_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz,
    CHECK (0 < review_low AND review_low < review_high AND review_high < 1)
);
-- one linkage at a time: a second 'running' row cannot exist
CREATE UNIQUE INDEX linkage_run_one_running ON linkage_run ((true)) WHERE status = 'running';

-- left_id < right_id (uuid order) so that a pair has exactly one row per run
CREATE TABLE linkage_pair (
    run_id        uuid NOT NULL REFERENCES linkage_run (id),
    left_id       uuid NOT NULL REFERENCES person (id),
    right_id      uuid NOT NULL REFERENCES person (id),
    probability   double precision NOT NULL CHECK (probability BETWEEN 0 AND 1),
    weight        double precision NOT NULL,
    explanation   text NOT NULL,
    same_cluster  boolean NOT NULL,
    PRIMARY KEY (run_id, left_id, right_id),
    CHECK (left_id < right_id)
);
CREATE INDEX linkage_pair_probability ON linkage_pair (run_id, probability);
CREATE INDEX linkage_pair_right ON linkage_pair (run_id, right_id);

CREATE TABLE linkage_cluster (
    run_id      uuid NOT NULL REFERENCES linkage_run (id),
    person_id   uuid NOT NULL REFERENCES person (id),
    cluster_id  uuid NOT NULL,
    PRIMARY KEY (run_id, person_id)
);
CREATE INDEX linkage_cluster_cluster ON linkage_cluster (run_id, cluster_id);

-- Judgments about pairs of person records, append-only (the links of Duke's link database): a person asserts
-- same / different / unsure; a run infers "same" for the pairs inside the clusters it proposes; a retraction
-- withdraws an earlier row and is itself a new row. The latest row of a pair is its current state. A person's
-- row is never overridden by a run. Why, in the decider's words, is encrypted under the judgment's own key.
CREATE TABLE linkage_judgment (
    id           uuid PRIMARY KEY,
    seq          bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    left_id      uuid NOT NULL REFERENCES person (id),
    right_id     uuid NOT NULL REFERENCES person (id),
    decision     text NOT NULL CHECK (decision IN ('same', 'different', 'unsure')),
    status       text NOT NULL CHECK (status IN ('asserted', 'inferred', 'retracted')),
    -- no foreign key: checking one takes a row lock (SELECT FOR KEY SHARE), which needs the UPDATE right this
    -- role gives up below; the service retracts only rows it has just read under the log's lock
    retracts     uuid,
    run_id       uuid REFERENCES linkage_run (id),
    probability  double precision CHECK (probability BETWEEN 0 AND 1),
    decided_by   uuid REFERENCES app_user (id),
    reason_enc   bytea,
    decided_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (left_id < right_id),
    CHECK ((status = 'retracted') = (retracts IS NOT NULL)),
    CHECK (status <> 'asserted' OR decided_by IS NOT NULL),
    CHECK (status <> 'inferred' OR (decided_by IS NULL AND run_id IS NOT NULL AND decision = 'same')),
    CHECK (decided_by IS NOT NULL OR run_id IS NOT NULL)
);
CREATE INDEX linkage_judgment_pair ON linkage_judgment (left_id, right_id, seq);
CREATE INDEX linkage_judgment_right ON linkage_judgment (right_id);

REVOKE UPDATE, DELETE, TRUNCATE ON linkage_judgment FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON linkage_judgment FROM CURRENT_USER;
