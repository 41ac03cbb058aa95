-- Urgent cases against forced repatriation: persons at risk, a timeline of custody events, risk levels computed
-- from rules an administrator edits (every change of a rule and of a risk is logged), deadlines and reminders,
-- interventions with their letters, the WGEID communication's elements, and the SMTP settings for reminders.
-- Free text that may name people (notes, sources, steps taken) is *_enc: ciphertext under the case's data key.

CREATE SEQUENCE urgent_case_seq;

CREATE TABLE urgent_case (
    id               uuid PRIMARY KEY,
    code             text NOT NULL UNIQUE,
    title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    notes_enc        bytea,
    status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    risk             text NOT NULL DEFAULT 'low' CHECK (risk IN ('low', 'elevated', 'imminent', 'repatriated', 'safe')),
    organisation_id  uuid REFERENCES organisation (id),
    confidentiality  text NOT NULL DEFAULT 'internal' CHECK (confidentiality IN ('public', 'internal', 'restricted')),
    version          int NOT NULL DEFAULT 1,
    created_by       uuid REFERENCES app_user (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE urgent_case_person (
    case_id    uuid NOT NULL REFERENCES urgent_case (id) ON DELETE CASCADE,
    person_id  uuid NOT NULL REFERENCES person (id),
    risk       text NOT NULL DEFAULT 'low' CHECK (risk IN ('low', 'elevated', 'imminent', 'repatriated', 'safe')),
    added_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (case_id, person_id)
);
CREATE INDEX urgent_case_person_person ON urgent_case_person (person_id);

CREATE TABLE custody_event (
    id              uuid PRIMARY KEY,
    case_id         uuid NOT NULL REFERENCES urgent_case (id) ON DELETE CASCADE,
    type            text NOT NULL CHECK (type IN ('arrest', 'transfer', 'detention', 'handover', 'repatriation',
                                                  'release', 'arrival', 'unknown')),
    date_start      date,
    date_end        date,
    date_precision  text NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'decade', 'unknown')),
    date_qualifier  text NOT NULL DEFAULT 'on' CHECK (date_qualifier IN ('on', 'about', 'before', 'after', 'between')),
    place_id        uuid REFERENCES place (id),
    holder_id       uuid REFERENCES organisation (id),
    source_id       uuid REFERENCES source (id),
    source_note_enc bytea,
    reliability_id  uuid REFERENCES vocab_term (id),
    notes_enc       bytea,
    created_by      uuid REFERENCES app_user (id),
    created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    CHECK (date_start IS NULL OR date_end IS NULL OR date_start <= date_end)
);
CREATE INDEX custody_event_case ON custody_event (case_id);

-- which persons of the case an event concerns; none listed = the whole group
CREATE TABLE custody_event_person (
    event_id   uuid NOT NULL REFERENCES custody_event (id) ON DELETE CASCADE,
    person_id  uuid NOT NULL REFERENCES person (id),
    PRIMARY KEY (event_id, person_id)
);

-- The rules, tried in order; the first whose every given condition holds for a person's latest event sets the
-- level. Empty conditions hold always. holder_country is the custody holder's country (or, when the organisation
-- has none, the country of the place).
CREATE TABLE risk_rule (
    id              uuid PRIMARY KEY,
    position        int NOT NULL,
    label           text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
    level           text NOT NULL CHECK (level IN ('low', 'elevated', 'imminent', 'repatriated', 'safe')),
    event_types     text[] NOT NULL DEFAULT '{}',
    holder_country  char(2),
    place_country   char(2),
    max_border_km   double precision CHECK (max_border_km IS NULL OR max_border_km >= 0),
    active          boolean NOT NULL DEFAULT true,
    version         int NOT NULL DEFAULT 1
);

INSERT INTO risk_rule (id, position, label, level, event_types, holder_country, place_country, max_border_km) VALUES
    (gen_random_uuid(), 10, 'Repatriated to the DPRK', 'repatriated', '{repatriation}', NULL, NULL, NULL),
    (gen_random_uuid(), 20, 'Handed over to DPRK authorities', 'repatriated', '{handover,detention,transfer,arrest}', 'KP', NULL, NULL),
    (gen_random_uuid(), 30, 'Arrived in a safe third country', 'safe', '{arrival}', NULL, NULL, NULL),
    (gen_random_uuid(), 40, 'Held by Chinese authorities near the DPRK border', 'imminent',
        '{arrest,transfer,detention,handover}', 'CN', NULL, 250),
    (gen_random_uuid(), 50, 'Held by Chinese authorities', 'elevated', '{arrest,transfer,detention,handover}', 'CN', NULL, NULL),
    (gen_random_uuid(), 60, 'In custody elsewhere (may be handed to China)', 'elevated', '{arrest,transfer,detention,handover}', NULL, NULL, NULL),
    (gen_random_uuid(), 70, 'Whereabouts unknown', 'elevated', '{unknown}', NULL, NULL, NULL),
    (gen_random_uuid(), 80, 'Released, not yet safe', 'low', '{release}', NULL, NULL, NULL);

CREATE TABLE risk_override (
    id          uuid PRIMARY KEY,
    case_id     uuid NOT NULL REFERENCES urgent_case (id) ON DELETE CASCADE,
    person_id   uuid REFERENCES person (id),
    level       text NOT NULL CHECK (level IN ('low', 'elevated', 'imminent', 'repatriated', 'safe')),
    reason      text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    set_by      uuid REFERENCES app_user (id),
    set_at      timestamptz NOT NULL DEFAULT now(),
    cleared_at  timestamptz
);
CREATE UNIQUE INDEX risk_override_active ON risk_override (case_id, coalesce(person_id, '00000000-0000-0000-0000-000000000000'::uuid))
    WHERE cleared_at IS NULL;

-- every change of a risk level, of a case (person_id NULL) or of one person in it
CREATE TABLE risk_change (
    id          bigserial PRIMARY KEY,
    case_id     uuid NOT NULL REFERENCES urgent_case (id) ON DELETE CASCADE,
    person_id   uuid REFERENCES person (id),
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    from_level  text NOT NULL,
    to_level    text NOT NULL,
    cause       text NOT NULL,
    actor_label text NOT NULL
);
CREATE INDEX risk_change_case ON risk_change (case_id, at);

CREATE TABLE intervention (
    id            uuid PRIMARY KEY,
    case_id       uuid NOT NULL REFERENCES urgent_case (id) ON DELETE CASCADE,
    kind          text NOT NULL CHECK (kind IN ('government_appeal', 'special_procedures', 'wgeid', 'unhcr',
                                                'press_statement', 'joint_statement')),
    subject       text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    recipients    text NOT NULL CHECK (length(recipients) BETWEEN 1 AND 1000),
    channel       text NOT NULL CHECK (channel IN ('email', 'letter', 'fax', 'online_form', 'in_person', 'press', 'other')),
    sent_on       date,
    response_due  date,
    response      text,
    response_on   date,
    version       int NOT NULL DEFAULT 1,
    created_by    uuid REFERENCES app_user (id),
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX intervention_case ON intervention (case_id);

CREATE TABLE intervention_cosigner (
    intervention_id  uuid NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
    organisation_id  uuid NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (intervention_id, organisation_id)
);

CREATE TABLE urgent_deadline (
    id               uuid PRIMARY KEY,
    case_id          uuid NOT NULL REFERENCES urgent_case (id) ON DELETE CASCADE,
    kind             text NOT NULL CHECK (kind IN ('check_in', 'response_due', 'follow_up')),
    due_on           date NOT NULL,
    label            text CHECK (length(label) <= 300),
    intervention_id  uuid REFERENCES intervention (id) ON DELETE CASCADE,
    done_at          timestamptz,
    done_by          uuid REFERENCES app_user (id),
    notified_on      date,
    created_by       uuid REFERENCES app_user (id),
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX urgent_deadline_due ON urgent_deadline (due_on) WHERE done_at IS NULL;

-- the elements of a communication to the Working Group on Enforced or Involuntary Disappearances that the case's
-- events cannot supply
CREATE TABLE wgeid_communication (
    case_id           uuid PRIMARY KEY REFERENCES urgent_case (id) ON DELETE CASCADE,
    steps_taken_enc   bytea,
    submitter_id      uuid REFERENCES organisation (id),
    submitter_contact text CHECK (length(submitter_contact) <= 500),
    family_consent    boolean NOT NULL DEFAULT false,
    version           int NOT NULL DEFAULT 1
);

CREATE TABLE letter_template (
    id        uuid PRIMARY KEY,
    kind      text NOT NULL CHECK (kind IN ('government_appeal', 'special_procedures', 'wgeid', 'unhcr',
                                            'press_statement', 'joint_statement')),
    language  text NOT NULL CHECK (language IN ('en', 'ko')),
    title     text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    body      text NOT NULL CHECK (length(body) BETWEEN 1 AND 50000),
    version   int NOT NULL DEFAULT 1,
    UNIQUE (kind, language)
);

-- one row: where reminder mails go and how; the password sealed under the master key
CREATE TABLE mail_settings (
    id             int PRIMARY KEY CHECK (id = 1),
    enabled        boolean NOT NULL DEFAULT false,
    host           text NOT NULL DEFAULT '',
    port           int NOT NULL DEFAULT 587 CHECK (port BETWEEN 1 AND 65535),
    security       text NOT NULL DEFAULT 'starttls' CHECK (security IN ('none', 'starttls', 'tls')),
    username       text,
    password_enc   bytea,
    sender         text NOT NULL DEFAULT '',
    recipients     text NOT NULL DEFAULT '',
    base_url       text NOT NULL DEFAULT 'http://127.0.0.1:8080',
    version        int NOT NULL DEFAULT 1
);
INSERT INTO mail_settings (id) VALUES (1);

-- The coordinates of a place, or of its nearest ancestor that has some: {lat, lon}, NULL when none has.
CREATE FUNCTION place_located(place_id uuid) RETURNS double precision[]
LANGUAGE sql STABLE AS $$
    WITH RECURSIVE up (id, parent_id, latitude, longitude, depth) AS (
        SELECT id, parent_id, latitude, longitude, 0 FROM place WHERE id = place_id
        UNION ALL
        SELECT p.id, p.parent_id, p.latitude, p.longitude, up.depth + 1
        FROM place p JOIN up ON p.id = up.parent_id
        WHERE up.latitude IS NULL AND up.depth < 10
    )
    SELECT ARRAY[latitude, longitude] FROM up WHERE latitude IS NOT NULL ORDER BY depth LIMIT 1
$$;
