-- UPR stakeholder submissions and Human Rights Council oral statements (issue 8), with every saved version
-- of a submission and the record of each delivered statement.

-- A stakeholder report on one state under review for one review session. body holds the draft in Kirok's
-- submission markup (headings, numbered paragraphs, live figures, cited recommendations, footnotes).
CREATE TABLE upr_submission (
    id               uuid PRIMARY KEY,
    title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    state_code       char(2) NOT NULL CHECK (state_code ~ '^[A-Z]{2}$'),
    session          int NOT NULL REFERENCES upr_session (number),
    kind             text NOT NULL CHECK (kind IN ('individual', 'joint')),
    language         text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr', 'es', 'ar', 'zh', 'ru')),
    word_limit       int CHECK (word_limit BETWEEN 100 AND 100000),
    period_from      date,
    body             text NOT NULL DEFAULT '' CHECK (length(body) <= 400000),
    organisation_id  uuid REFERENCES organisation (id),
    confidentiality  text NOT NULL DEFAULT 'internal' CHECK (confidentiality IN ('public', 'internal', 'restricted')),
    version          int NOT NULL DEFAULT 1,
    created_by       uuid REFERENCES app_user (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX upr_submission_review ON upr_submission (state_code, session);

-- Co-submitting organisations in the order they are listed at the top of the submission.
CREATE TABLE upr_submission_organisation (
    submission_id    uuid NOT NULL REFERENCES upr_submission (id) ON DELETE CASCADE,
    organisation_id  uuid NOT NULL REFERENCES organisation (id),
    position         int NOT NULL,
    PRIMARY KEY (submission_id, organisation_id)
);

-- Every saved state of a submission: nothing an author wrote is lost.
CREATE TABLE upr_submission_version (
    submission_id  uuid NOT NULL REFERENCES upr_submission (id) ON DELETE CASCADE,
    number         int NOT NULL,
    title          text NOT NULL,
    body           text NOT NULL,
    words          int NOT NULL,
    saved_by       uuid REFERENCES app_user (id),
    saved_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (submission_id, number)
);

-- An NGO oral statement at the Human Rights Council.
CREATE TABLE hrc_statement (
    id                uuid PRIMARY KEY,
    title             text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    hrc_session       int NOT NULL CHECK (hrc_session BETWEEN 1 AND 300),
    agenda_item       text NOT NULL CHECK (length(agenda_item) BETWEEN 1 AND 40),
    debate_kind       text NOT NULL CHECK (debate_kind IN ('interactive_dialogue', 'general_debate', 'panel', 'upr_adoption', 'other')),
    debate            text CHECK (length(debate) <= 300),
    speaker           text CHECK (length(speaker) <= 200),
    text_en           text NOT NULL DEFAULT '' CHECK (length(text_en) <= 40000),
    text_ko           text NOT NULL DEFAULT '' CHECK (length(text_ko) <= 40000),
    slot_seconds      int CHECK (slot_seconds BETWEEN 10 AND 1800),
    words_per_minute  int CHECK (words_per_minute BETWEEN 60 AND 300),
    organisation_id   uuid REFERENCES organisation (id),
    confidentiality   text NOT NULL DEFAULT 'internal' CHECK (confidentiality IN ('public', 'internal', 'restricted')),
    version           int NOT NULL DEFAULT 1,
    created_by        uuid REFERENCES app_user (id),
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE hrc_statement_organisation (
    statement_id     uuid NOT NULL REFERENCES hrc_statement (id) ON DELETE CASCADE,
    organisation_id  uuid NOT NULL REFERENCES organisation (id),
    position         int NOT NULL,
    PRIMARY KEY (statement_id, organisation_id)
);

-- How a statement was delivered: when, by whom, and where in the UN Web TV recording.
CREATE TABLE hrc_statement_delivery (
    id              uuid PRIMARY KEY,
    statement_id    uuid NOT NULL REFERENCES hrc_statement (id) ON DELETE CASCADE,
    delivered_on    date NOT NULL,
    speaker         text NOT NULL CHECK (length(speaker) BETWEEN 1 AND 200),
    video_url       text CHECK (video_url ~ '^https?://' AND length(video_url) <= 1000),
    starts_at       int CHECK (starts_at >= 0),
    ends_at         int CHECK (ends_at >= 0),
    notes           text CHECK (length(notes) <= 4000),
    recorded_by     uuid REFERENCES app_user (id),
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (starts_at IS NULL OR ends_at IS NULL OR starts_at <= ends_at)
);
CREATE INDEX hrc_statement_delivery_statement ON hrc_statement_delivery (statement_id);
