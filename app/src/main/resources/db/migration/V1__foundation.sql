-- The documentation core (HURIDOCS Events Standard Formats): organisations, persons, places and facilities,
-- sources, events, acts, involvements, information, vocabularies, laws; users and sessions; the identity
-- vault's keys; the hash-chained audit log. Identity fields are *_enc columns: ciphertext from the vault only.

CREATE TABLE setting (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE organisation (
    id            uuid PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN ('ngo', 'state_organ', 'un_body', 'government', 'armed_force', 'coalition', 'other')),
    name_en       text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 300),
    name_ko       text CHECK (length(name_ko) <= 300),
    abbreviation  text CHECK (length(abbreviation) <= 40),
    country_code  char(2),
    parent_id     uuid REFERENCES organisation (id),
    notes         text,
    external_id   text UNIQUE,
    version       int NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX organisation_name ON organisation (lower(name_en));

CREATE TABLE app_user (
    id                   uuid PRIMARY KEY,
    username             text NOT NULL CHECK (username ~ '^[a-z0-9._-]{2,64}$'),
    display_name         text NOT NULL,
    role                 text NOT NULL CHECK (role IN ('admin', 'coordinator', 'coder', 'analyst', 'advocacy', 'partner')),
    organisation_id      uuid REFERENCES organisation (id),
    locale               text NOT NULL DEFAULT 'en' CHECK (locale IN ('en', 'ko')),
    password_hash        text NOT NULL,
    must_change_password boolean NOT NULL DEFAULT false,
    totp_secret_enc      bytea,
    totp_last_step       bigint,
    disabled             boolean NOT NULL DEFAULT false,
    version              int NOT NULL DEFAULT 1,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_username ON app_user (username);

CREATE TABLE user_session (
    token_hash          bytea PRIMARY KEY,
    user_id             uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    csrf_token          text NOT NULL,
    second_factor_done  boolean NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL,
    last_seen_at        timestamptz NOT NULL,
    expires_at          timestamptz NOT NULL
);
CREATE INDEX user_session_user ON user_session (user_id);

CREATE TABLE api_token (
    id            uuid PRIMARY KEY,
    token_hash    bytea NOT NULL UNIQUE,
    user_id       uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name          text NOT NULL,
    scopes        text[] NOT NULL DEFAULT '{}',
    created_at    timestamptz NOT NULL DEFAULT now(),
    expires_at    timestamptz,
    revoked_at    timestamptz,
    last_used_at  timestamptz
);

CREATE TABLE vocabulary (
    code      text PRIMARY KEY,
    label_en  text NOT NULL,
    label_ko  text NOT NULL
);

CREATE TABLE vocab_term (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    vocabulary   text NOT NULL REFERENCES vocabulary (code),
    code         text NOT NULL CHECK (code ~ '^[a-z0-9_]{1,64}$'),
    label_en     text NOT NULL,
    label_ko     text NOT NULL,
    description  text,
    sort_order   int NOT NULL DEFAULT 0,
    active       boolean NOT NULL DEFAULT true,
    version      int NOT NULL DEFAULT 1,
    UNIQUE (vocabulary, code)
);

CREATE TABLE place (
    id            uuid PRIMARY KEY,
    level         text NOT NULL CHECK (level IN ('country', 'province', 'county', 'city', 'district', 'locality', 'facility')),
    name_en       text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
    name_ko       text,
    name_variants text[] NOT NULL DEFAULT '{}',
    name_keys     text[] NOT NULL DEFAULT '{}',
    parent_id     uuid REFERENCES place (id),
    country_code  char(2) NOT NULL,
    latitude      double precision CHECK (latitude BETWEEN -90 AND 90),
    longitude     double precision CHECK (longitude BETWEEN -180 AND 180),
    coord_note    text,
    external_id   text UNIQUE,
    version       int NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX place_parent ON place (parent_id);
CREATE INDEX place_keys ON place USING gin (name_keys);

CREATE TABLE facility (
    place_id          uuid PRIMARY KEY REFERENCES place (id) ON DELETE CASCADE,
    facility_type_id  uuid NOT NULL REFERENCES vocab_term (id),
    number            text,
    operator_id       uuid REFERENCES organisation (id),
    status            text,
    notes             text
);

CREATE TABLE vault_key (
    subject_table  text NOT NULL,
    subject_id     uuid NOT NULL,
    wrapped_key    bytea,
    master_key_id  bigint NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    destroyed_at   timestamptz,
    PRIMARY KEY (subject_table, subject_id),
    CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
);

CREATE TABLE person (
    id                   uuid PRIMARY KEY,
    sex                  text CHECK (sex IN ('F', 'M', 'X')),
    birth_year           int CHECK (birth_year BETWEEN 1850 AND 2100),
    birth_year_precision text NOT NULL DEFAULT 'unknown' CHECK (birth_year_precision IN ('exact', 'about', 'decade', 'unknown')),
    birth_date_enc       bytea,
    contact_enc          bytea,
    notes_enc            bytea,
    origin_place_id      uuid REFERENCES place (id),
    organisation_id      uuid REFERENCES organisation (id),
    confidentiality      text NOT NULL DEFAULT 'internal' CHECK (confidentiality IN ('public', 'internal', 'restricted')),
    legal_hold           boolean NOT NULL DEFAULT false,
    erased_at            timestamptz,
    external_id          text UNIQUE,
    version              int NOT NULL DEFAULT 1,
    created_by           uuid REFERENCES app_user (id),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_origin ON person (origin_place_id);

CREATE TABLE person_name (
    id          uuid PRIMARY KEY,
    person_id   uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position    int NOT NULL,
    script      text NOT NULL CHECK (script IN ('hangul', 'latin', 'hanja', 'other')),
    system      text NOT NULL CHECK (system IN ('as_given', 'rr', 'mr', 'dprk', 'other')),
    name_order  text NOT NULL CHECK (name_order IN ('family_first', 'given_first', 'unknown')),
    text_enc    bytea NOT NULL,
    UNIQUE (person_id, position)
);

-- keyed blind index: HMAC of normalized name keys, never the names
CREATE TABLE person_name_key (
    person_id  uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    key_hash   bytea NOT NULL,
    canonical  boolean NOT NULL,
    PRIMARY KEY (person_id, key_hash)
);
CREATE INDEX person_name_key_hash ON person_name_key (key_hash);

CREATE TABLE law (
    id            uuid PRIMARY KEY,
    title_en      text NOT NULL,
    title_ko      text,
    short_name    text,
    country_code  char(2) NOT NULL DEFAULT 'KP',
    notes         text,
    external_id   text UNIQUE,
    version       int NOT NULL DEFAULT 1,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE law_version (
    id          uuid PRIMARY KEY,
    law_id      uuid NOT NULL REFERENCES law (id) ON DELETE CASCADE,
    label       text NOT NULL,
    adopted_on  date,
    notes       text,
    version     int NOT NULL DEFAULT 1,
    UNIQUE (law_id, label)
);

CREATE TABLE law_article (
    id               uuid PRIMARY KEY,
    law_version_id   uuid NOT NULL REFERENCES law_version (id) ON DELETE CASCADE,
    number           text NOT NULL,
    heading_en       text,
    heading_ko       text,
    summary_en       text,
    summary_ko       text,
    version          int NOT NULL DEFAULT 1,
    UNIQUE (law_version_id, number)
);

CREATE SEQUENCE source_reference_seq;

CREATE TABLE source (
    id               uuid PRIMARY KEY,
    kind             text NOT NULL CHECK (kind IN ('testimony', 'document', 'media')),
    reference_code   text NOT NULL UNIQUE,
    title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    source_date      date,
    language         text CHECK (language IN ('ko', 'en', 'zh', 'ja', 'ru', 'other')),
    organisation_id  uuid REFERENCES organisation (id),
    confidentiality  text NOT NULL DEFAULT 'internal' CHECK (confidentiality IN ('public', 'internal', 'restricted')),
    notes_enc        bytea,
    external_id      text UNIQUE,
    version          int NOT NULL DEFAULT 1,
    created_by       uuid REFERENCES app_user (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE testimony (
    source_id            uuid PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
    interviewee_id       uuid NOT NULL REFERENCES person (id),
    interviewer_user_id  uuid REFERENCES app_user (id),
    interview_date       date NOT NULL,
    interview_place_id   uuid REFERENCES place (id),
    consent_scope_id     uuid REFERENCES vocab_term (id),
    duration_minutes     int CHECK (duration_minutes BETWEEN 1 AND 6000),
    transcript_enc       bytea,
    summary_enc          bytea
);
CREATE INDEX testimony_interviewee ON testimony (interviewee_id);

CREATE TABLE document (
    source_id        uuid PRIMARY KEY REFERENCES source (id) ON DELETE CASCADE,
    author_org_id    uuid REFERENCES organisation (id),
    publisher        text,
    url              text,
    published_on     date
);

CREATE TABLE attachment (
    id              uuid PRIMARY KEY,
    source_id       uuid NOT NULL REFERENCES source (id),
    file_name_enc   bytea NOT NULL,
    media_type      text NOT NULL,
    size_bytes      bigint NOT NULL CHECK (size_bytes >= 0),
    sha256          bytea NOT NULL CHECK (length(sha256) = 32),
    storage_key     text NOT NULL UNIQUE,
    derived_from    uuid REFERENCES attachment (id),
    created_by      uuid REFERENCES app_user (id),
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE event (
    id               uuid PRIMARY KEY,
    title            text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    description_enc  bytea,
    date_start       date,
    date_end         date,
    date_precision   text NOT NULL DEFAULT 'unknown' CHECK (date_precision IN ('day', 'month', 'year', 'decade', 'unknown')),
    date_qualifier   text NOT NULL DEFAULT 'on' CHECK (date_qualifier IN ('on', 'about', 'before', 'after', 'between')),
    place_id         uuid REFERENCES place (id),
    organisation_id  uuid REFERENCES organisation (id),
    confidentiality  text NOT NULL DEFAULT 'internal' CHECK (confidentiality IN ('public', 'internal', 'restricted')),
    external_id      text UNIQUE,
    version          int NOT NULL DEFAULT 1,
    created_by       uuid REFERENCES app_user (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (date_start IS NULL OR date_end IS NULL OR date_start <= date_end)
);

CREATE TABLE act (
    id                    uuid PRIMARY KEY,
    case_code             text NOT NULL UNIQUE,
    event_id              uuid REFERENCES event (id),
    act_type_id           uuid NOT NULL REFERENCES vocab_term (id),
    victim_id             uuid NOT NULL REFERENCES person (id),
    date_start            date,
    date_end              date,
    date_precision        text NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'decade', 'unknown')),
    date_qualifier        text NOT NULL DEFAULT 'on' CHECK (date_qualifier IN ('on', 'about', 'before', 'after', 'between')),
    place_id              uuid REFERENCES place (id),
    legal_basis_id        uuid REFERENCES law_article (id),
    notes_enc             bytea,
    organisation_id       uuid REFERENCES organisation (id),
    confidentiality       text NOT NULL DEFAULT 'internal' CHECK (confidentiality IN ('public', 'internal', 'restricted')),
    external_id           text UNIQUE,
    version               int NOT NULL DEFAULT 1,
    created_by            uuid REFERENCES app_user (id),
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CHECK (date_start IS NULL OR date_end IS NULL OR date_start <= date_end),
    CHECK (date_precision <> 'unknown' OR (date_start IS NULL AND date_end IS NULL)),
    CHECK (date_precision = 'unknown' OR date_start IS NOT NULL OR date_end IS NOT NULL)
);
CREATE INDEX act_victim ON act (victim_id);
CREATE INDEX act_type ON act (act_type_id);
CREATE INDEX act_place ON act (place_id);
CREATE INDEX act_dates ON act (date_start, date_end);
CREATE INDEX act_event ON act (event_id);

CREATE TABLE act_consequence (
    act_id   uuid NOT NULL REFERENCES act (id) ON DELETE CASCADE,
    term_id  uuid NOT NULL REFERENCES vocab_term (id),
    PRIMARY KEY (act_id, term_id)
);

CREATE TABLE involvement (
    id                     uuid PRIMARY KEY,
    act_id                 uuid NOT NULL REFERENCES act (id) ON DELETE CASCADE,
    perpetrator_person_id  uuid REFERENCES person (id),
    perpetrator_org_id     uuid REFERENCES organisation (id),
    degree_id              uuid NOT NULL REFERENCES vocab_term (id),
    notes                  text,
    CHECK (perpetrator_person_id IS NOT NULL OR perpetrator_org_id IS NOT NULL)
);
CREATE INDEX involvement_act ON involvement (act_id);
CREATE INDEX involvement_org ON involvement (perpetrator_org_id);

CREATE TABLE information (
    id              uuid PRIMARY KEY,
    act_id          uuid NOT NULL REFERENCES act (id) ON DELETE CASCADE,
    source_id       uuid NOT NULL REFERENCES source (id),
    reliability_id  uuid NOT NULL REFERENCES vocab_term (id),
    connection_id   uuid REFERENCES vocab_term (id),
    notes           text,
    UNIQUE (act_id, source_id)
);
CREATE INDEX information_source ON information (source_id);

-- Append-only, hash-chained: hash = SHA-256(prev_hash || canonical text of the entry). detail is text, not
-- jsonb, so the hashed bytes are exactly the stored bytes. Never holds a protected value.
CREATE TABLE audit_log (
    seq          bigint PRIMARY KEY,
    at           timestamptz NOT NULL,
    actor_id     uuid,
    actor_label  text NOT NULL,
    action       text NOT NULL,
    entity       text,
    entity_id    uuid,
    detail       text NOT NULL,
    prev_hash    bytea NOT NULL,
    hash         bytea NOT NULL
);
CREATE INDEX audit_entity ON audit_log (entity, entity_id);

CREATE TABLE audit_head (
    id    int PRIMARY KEY CHECK (id = 1),
    seq   bigint NOT NULL,
    hash  bytea NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'));
