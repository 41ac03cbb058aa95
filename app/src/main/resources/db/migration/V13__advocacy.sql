-- The advocacy log (meetings, statements, submissions, campaigns, media coverage), memberships of coalitions and
-- partnerships between organisations, and a calendar of UN deadlines and sessions.

CREATE TABLE advocacy_activity (
    id               uuid PRIMARY KEY,
    kind             text NOT NULL CHECK (kind IN ('meeting', 'statement', 'submission', 'campaign', 'media')),
    title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    held_on          date NOT NULL,
    location         text CHECK (length(location) <= 300),
    officials        text CHECK (length(officials) <= 2000),
    outcome          text CHECK (length(outcome) <= 20000),
    url              text CHECK (length(url) <= 2000),
    archived_title   text CHECK (length(archived_title) <= 500),
    themes           text[] NOT NULL DEFAULT '{}',
    recommendations  text[] NOT NULL DEFAULT '{}',
    follows_id       uuid REFERENCES advocacy_activity (id),
    organisation_id  uuid REFERENCES organisation (id),
    confidentiality  text NOT NULL DEFAULT 'internal' CHECK (confidentiality IN ('public', 'internal', 'restricted')),
    version          int NOT NULL DEFAULT 1,
    created_by       uuid REFERENCES app_user (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX advocacy_activity_held ON advocacy_activity (held_on);

-- who took part: our side, the counterpart met or addressed, co-signers of a joint product
CREATE TABLE advocacy_activity_organisation (
    activity_id      uuid NOT NULL REFERENCES advocacy_activity (id) ON DELETE CASCADE,
    organisation_id  uuid NOT NULL REFERENCES organisation (id),
    role             text NOT NULL CHECK (role IN ('participant', 'counterpart', 'cosigner')),
    PRIMARY KEY (activity_id, organisation_id, role)
);
CREATE INDEX advocacy_activity_organisation_org ON advocacy_activity_organisation (organisation_id);

-- survivors and other persons who took part or are the subject
CREATE TABLE advocacy_activity_person (
    activity_id  uuid NOT NULL REFERENCES advocacy_activity (id) ON DELETE CASCADE,
    person_id    uuid NOT NULL REFERENCES person (id),
    role         text NOT NULL CHECK (role IN ('survivor', 'speaker', 'subject')),
    PRIMARY KEY (activity_id, person_id)
);

CREATE TABLE advocacy_activity_case (
    activity_id  uuid NOT NULL REFERENCES advocacy_activity (id) ON DELETE CASCADE,
    case_id      uuid NOT NULL REFERENCES urgent_case (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, case_id)
);

CREATE TABLE organisation_relation (
    id            uuid PRIMARY KEY,
    group_id      uuid NOT NULL REFERENCES organisation (id),
    member_id     uuid NOT NULL REFERENCES organisation (id),
    kind          text NOT NULL CHECK (kind IN ('member', 'secretariat', 'observer', 'partner')),
    since         date,
    until         date,
    notes         text CHECK (length(notes) <= 2000),
    created_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (group_id <> member_id),
    CHECK (since IS NULL OR until IS NULL OR since <= until),
    UNIQUE (group_id, member_id, kind)
);
CREATE INDEX organisation_relation_member ON organisation_relation (member_id);

CREATE TABLE calendar_entry (
    id           uuid PRIMARY KEY,
    kind         text NOT NULL CHECK (kind IN ('upr_deadline', 'upr_session', 'hrc_session', 'sr_report', 'other')),
    title        text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    starts_on    date NOT NULL,
    ends_on      date,
    at_time      time,
    time_zone    text,
    description  text CHECK (length(description) <= 5000),
    url          text CHECK (length(url) <= 2000),
    version      int NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on IS NULL OR starts_on <= ends_on),
    CHECK ((at_time IS NULL) = (time_zone IS NULL))
);
CREATE INDEX calendar_entry_starts ON calendar_entry (starts_on);
