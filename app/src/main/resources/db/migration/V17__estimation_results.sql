-- Multiple systems estimates, saved with everything needed to reproduce them years later: the exact inputs
-- (list definitions, population filter, strata, the capture table of every stratum and the linkage state it was
-- built on), the parameters (methods, criterion, seed, iterations, chains, engine version) and the outputs of
-- every method compared. Counts, never names.

CREATE TABLE estimation_result (
    id               uuid PRIMARY KEY,
    title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    status           text NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    inputs           text NOT NULL,
    parameters       text NOT NULL,
    outputs          text,
    observed         bigint NOT NULL CHECK (observed >= 0),
    estimate         double precision,
    ci_low           double precision,
    ci_high          double precision,
    error            text,
    rerun_of         uuid REFERENCES estimation_result (id),
    organisation_id  uuid REFERENCES organisation (id),
    created_by       uuid NOT NULL REFERENCES app_user (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    finished_at      timestamptz
);
CREATE INDEX estimation_result_created ON estimation_result (created_at DESC);
CREATE INDEX estimation_result_rerun ON estimation_result (rerun_of);
